/**
 * The workflow's checklist items: a step's number, tick and link to where
 * the wiki explains it, and what the step holds (the tool or the link that
 * does the work; the tools load the first time their step shows, through
 * `OnceShown`). Plain functions, called where the page's markup has a slot
 * for them, as in `questions.tsx`, so the hydration keys stay as they are.
 */
import { Show, type JSX } from 'solid-js';
import { WORKFLOWS, stepHref, stepNumber, type StepKind } from '../../lib/handoff-workflows';
import OnceShown from './OnceShown';
import type { GuidedView } from './guided-state';

/** One step of the checklist, hidden while the chosen workflow has no such step. */
export function stepItem(view: GuidedView, kind: StepKind): JSX.Element {
  const { href, state } = view;
  const number = () => (state.workflow() ? stepNumber(state.workflow()!, kind) : undefined);
  const step = () => state.steps().find((s) => s.kind === kind);
  const isDone = () => state.done().includes(kind);
  return (
    <li class="guided-step" classList={{ done: isDone() }} hidden={number() === undefined}>
      <div class="guided-step-head">
        <span class="guided-step-number">Step {number()}</span>
        <label class="guided-tick">
          <input type="checkbox" checked={isDone()} onChange={(e) => state.toggleStep(kind, e.currentTarget.checked)} />
          <span>{step()?.title ?? WORKFLOWS['24x7'].steps.find((s) => s.kind === kind)!.title}</span>
        </label>
        <Show when={state.workflow() && number()}>
          <a class="guided-step-link" href={href(stepHref(state.workflow()!, number()!))}>
            Step {number()} explained
          </a>
        </Show>
      </div>
      <div class="guided-step-body">{stepBody(view, kind)}</div>
    </li>
  );
}

/** What each step holds: the tool or the link that does the work. */
function stepBody(view: GuidedView, kind: StepKind): JSX.Element {
  const { href, props, state } = view;
  const { workflow } = state;

  /** True while the step is part of the chosen workflow. */
  const isShown = (kind: StepKind) => workflow() !== undefined && stepNumber(workflow()!, kind) !== undefined;

  switch (kind) {
    case 'note':
      return (
        <>
          <p>
            Write the note in the team’s template below and copy it into the case’s notes.{' '}
            <Show when={workflow() === '24x7'}>Log it before the handoff meeting.</Show>
          </p>
          <div class="not-content handoff-note-mount">
            <OnceShown
              when={isShown('note')}
              name="the note generator"
              load={() => import('../note/HandoffNote')}
              props={{ options: props.options, level: 3, compact: true }}
            />
          </div>
        </>
      );
    case 'title':
      return (
        <>
          <p>
            Put the region that should take the case at the start of the case’s internal title: the wiki says “per
            customer’s region/request”.
          </p>
          <OnceShown
            when={isShown('title')}
            name="the case-title field"
            load={() => import('../shared/CaseTitle')}
            props={{ pattern: props.titlePrefixPattern, regionNames: props.knownRegions }}
          />
        </>
      );
    case 'transfer':
      return (
        <>
          <p>
            Create a new entry for the case transfer in the{' '}
            <a href={props.links.caseTransfer.url}>{props.links.caseTransfer.title}</a>. The FTS go-live plan made it
            “required to use FTS for hand offs going forward” (
            <a href={props.links.ftsTool.url}>{props.links.ftsTool.title}</a>); where FTS fits in these steps the wiki
            leaves open: see <a href={href('/fts/#where-fts-fits')}>Where FTS fits</a>.
          </p>
          <OnceShown
            when={isShown('transfer')}
            name="the Case Transfer entry"
            load={() => import('../shared/CaseTransferEntry')}
            props={{ channel: props.links.caseTransfer, noteHref: href('/tools/handoff-note/') }}
          />
        </>
      );
    case 'meeting':
      return (
        <>
          <p>
            You (the case owner) or the handoff SME of each region join the handoff meeting to align the case transfer.
            There is no meeting at weekends.
          </p>
          <div class="rl-host">
            <OnceShown
              when={isShown('meeting')}
              name="your next handoff"
              load={() => import('../regions/RegionLookup')}
              props={{ ...props.tools.meeting, compact: true, level: 3 }}
            />
          </div>
        </>
      );
    case 'queue':
      return (
        <p>
          <Show
            when={workflow() === '24x7'}
            fallback="Transfer the case back to the queue, with the new title showing why."
          >
            Once the SME of the region taking the case agrees, transfer it back to the queue.
          </Show>{' '}
          <Show when={state.decided()?.outcome === 'queue-early'}>
            Do it now, at the earliest stage, and make sure the case is not left idle.
          </Show>
        </p>
      );
    case 'email':
      return (
        <>
          <p>
            Email the DM mailbox to ask for the case to be reassigned, with the subject in the team’s pattern. The case
            title with its prefix is in step {workflow() && stepNumber(workflow()!, 'title')}.
          </p>
          <div class="tool reassign-tool">
            <OnceShown
              when={isShown('email')}
              name="the email builder"
              load={() => import('../reassign/ReassignEmail')}
              props={{ ...props.tools.email, options: props.options, withTitle: false }}
            />
          </div>
        </>
      );
    case 'brief':
      return (
        <p>Once the case is assigned, talk the details through with the colleague who takes it, if they need it.</p>
      );
  }
}
