/**
 * "Should this case move?" as one table, for the guided page without
 * JavaScript: every question in the order it is asked, each of its answers,
 * and what that answer leads to (the next question, or the outcome with the
 * rules or the workflow it comes from). Built by walking `decide()` down
 * every path, so the table cannot say anything the island would not.
 *
 * An answer that leads to different places depending on an earlier answer
 * (the 7x24 question picks the workflow) gets one row per place, each saying
 * which earlier answer it holds for.
 */
import {
  QUESTIONS,
  decide,
  getQuestion,
  type AnswerOption,
  type Answers,
  type OutcomeId,
  type Question,
  type QuestionId,
  type Source,
} from './handoff-decision';
import { DO_RULES, DONT_RULES, type HandoffRule } from './handoff-rules';
import type { WorkflowId } from './handoff-workflows';

/** The page a rule of the Do and Don't list links to, as the island's outcome does. */
export const RULES_PATH = '/handoff/do-and-dont/';

/** A question with its number (1-based, in the order they are asked). */
export interface NumberedQuestion {
  question: Question;
  number: number;
}

/** An earlier answer a row holds for. */
export interface Condition extends NumberedQuestion {
  answer: AnswerOption;
}

/** What an answer leads to: the next question, or an outcome. */
export type RowResult =
  | ({ kind: 'next' } & NumberedQuestion)
  | {
      kind: 'decided';
      outcome: OutcomeId;
      /** The outcome's heading, as the island shows it. */
      title: string;
      /** Where it comes from, most direct first. */
      sources: readonly Source[];
      /** The workflow to follow, when the case moves. */
      workflow?: WorkflowId;
    };

/** One row: an answer to a question, and what it leads to. */
export interface DecisionRow {
  answer: AnswerOption;
  /** The earlier answers this row holds for; empty when it holds whatever they were. */
  when: readonly Condition[];
  result: RowResult;
}

/** One question and its rows, in the order of its choices. */
export interface DecisionGroup extends NumberedQuestion {
  rows: readonly DecisionRow[];
}

const numbered = (id: QuestionId): NumberedQuestion => ({
  question: getQuestion(id),
  number: QUESTIONS.findIndex((q) => q.id === id) + 1,
});

/** What answering leads to, from the decision for the answers so far. */
function resultOf(answers: Answers): RowResult {
  const d = decide(answers);
  if (d.status === 'incomplete') return { kind: 'next', ...numbered(d.next) };
  return {
    kind: 'decided',
    outcome: d.outcome,
    title: d.title,
    sources: d.sources,
    ...(d.workflow ? { workflow: d.workflow } : {}),
  };
}

/** Two results are the same row when they lead to the same place (the reason's wording may differ). */
function resultKey(r: RowResult): string {
  return r.kind === 'next'
    ? `next:${r.question.id}`
    : `${r.outcome}|${r.workflow ?? ''}|${r.sources.map((s) => `${s.kind}:${s.id}`).join(',')}`;
}

interface Reached {
  /** The answers given before this question on one path. */
  before: Answers;
  result: RowResult;
}

/** The earlier answers every path of `part` shares and the paths of `all` do not all share. */
function conditions(part: readonly Reached[], all: readonly Reached[]): Condition[] {
  const shared = (paths: readonly Reached[], q: Question) => {
    const value = paths[0]!.before[q.id];
    return value !== undefined && paths.every((p) => p.before[q.id] === value) ? value : undefined;
  };
  return QUESTIONS.flatMap((q, i) => {
    const value = shared(part, q);
    if (value === undefined || shared(all, q) === value) return [];
    return [{ question: q, number: i + 1, answer: q.options.find((o) => o.value === value)! }];
  });
}

/**
 * Every question that can be asked, in order, each with a row per answer
 * (per answer and earlier answer, where that changes where it leads).
 * @example decisionTable()[0].rows[0] // { answer: Yes, when: [], result: { kind: 'next', number: 2, … } }
 */
export function decisionTable(): DecisionGroup[] {
  const reached = new Map<string, Reached[]>();
  const walk = (answers: Answers): void => {
    const d = decide(answers);
    if (d.status === 'decided') return;
    const q = getQuestion(d.next);
    for (const option of q.options) {
      const next: Answers = { ...answers, [q.id]: option.value };
      const key = `${q.id}:${option.value}`;
      reached.set(key, [...(reached.get(key) ?? []), { before: answers, result: resultOf(next) }]);
      walk(next);
    }
  };
  walk({});

  return QUESTIONS.flatMap((q, i) => {
    const rows = q.options.flatMap((answer) => {
      const all = reached.get(`${q.id}:${answer.value}`) ?? [];
      const byResult = new Map<string, Reached[]>();
      for (const r of all) byResult.set(resultKey(r.result), [...(byResult.get(resultKey(r.result)) ?? []), r]);
      return [...byResult.values()].map((part) => ({ answer, when: conditions(part, all), result: part[0]!.result }));
    });
    return rows.length ? [{ question: q, number: i + 1, rows }] : [];
  });
}

/**
 * The rules the table's outcomes come from, each once, in the order of the
 * Do and Don't list (the page quotes them under the table).
 * @example rulesOf(decisionTable()).map((r) => r.id) // ['do-title-reason', 'do-check-next-shift', …]
 */
export function rulesOf(groups: readonly DecisionGroup[]): HandoffRule[] {
  const used = new Set(
    groups.flatMap((g) =>
      g.rows.flatMap((r) => (r.result.kind === 'decided' ? r.result.sources : [])).map((s) => `${s.kind}:${s.id}`),
    ),
  );
  return [...DO_RULES, ...DONT_RULES].filter((rule) => used.has(`rule:${rule.id}`));
}
