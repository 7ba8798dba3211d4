/**
 * The parts of "Should this case move?" that repeat: one question as a radio
 * group, and the outcome once the answers settle it, with the rules (or the
 * workflow) it comes from. Plain functions, called where the page's markup
 * has a slot for them, not components: a component would add a level to the
 * hydration keys, and the page's built HTML would change with no change seen.
 */
import { For, type JSX } from 'solid-js';
import { getQuestion, type Decided, type QuestionId, type Source } from '../../lib/handoff-decision';
import { QUOTED_RULES, ruleLabel } from '../../lib/handoff-rules';
import { WORKFLOWS } from '../../lib/handoff-workflows';
import type { GuidedView } from './guided-state';

/** One question, its hint and its choices. */
export function question(view: GuidedView, qid: QuestionId): JSX.Element {
  const { id, state } = view;
  const q = getQuestion(qid);
  return (
    <fieldset class="guided-question">
      <legend>{q.label}</legend>
      <p class="field-message" id={`${id}-${q.id}-hint`}>
        {q.hint}
      </p>
      <div class="guided-options">
        <For each={q.options}>
          {(option) => (
            <label>
              <input
                type="radio"
                name={`${id}-${q.id}`}
                value={option.value}
                checked={state.answers()[q.id] === option.value}
                aria-describedby={`${id}-${q.id}-hint`}
                onChange={() => state.answer(q.id, option.value)}
              />
              {option.label}
            </label>
          )}
        </For>
      </div>
    </fieldset>
  );
}

/** Where an outcome comes from: a rule of the Do and Don't list, quoted, or the team's workflow. */
function sourceView(view: GuidedView, source: Source): JSX.Element {
  if (source.kind === 'workflow') {
    const w = WORKFLOWS[source.id];
    return (
      <li>
        The team’s workflow: <a href={view.href(w.path)}>{w.title}</a>
      </li>
    );
  }
  // Only the rules a decision quotes, so the island does not carry the whole list.
  const rule = QUOTED_RULES[source.id];
  return (
    <li>
      <blockquote class="guided-rule">
        <p>“{rule.text}”</p>
      </blockquote>
      <a href={view.href(`/handoff/do-and-dont/`)}>{ruleLabel(rule)}</a> of the Do and Don’t list
    </li>
  );
}

/** The outcome: what to do, why, and where that comes from. */
export function outcome(view: GuidedView, d: () => Decided): JSX.Element {
  return (
    <>
      <h3 class="guided-outcome-title">{d().title}</h3>
      <p>{d().reason}</p>
      <p class="guided-sources-intro">Where this comes from:</p>
      <ul class="guided-sources">
        <For each={d().sources}>{(s) => sourceView(view, s)}</For>
      </ul>
    </>
  );
}
