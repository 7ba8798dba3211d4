import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import {
  OUTCOME_TITLES,
  QUESTIONS,
  decide,
  type AnswerValue,
  type Answers,
  type QuestionId,
} from '../../src/lib/handoff-decision';
import { decisionTable, rulesOf, type DecisionGroup, type DecisionRow } from '../../src/lib/handoff-decision-table';

/** A row, short: question, answer, the earlier answers it holds for, and where it leads. */
type Line = [QuestionId, AnswerValue, string, string];

const short = (g: DecisionGroup, r: DecisionRow): Line => [
  g.question.id,
  r.answer.value,
  r.when.map((c) => `${c.question.id}=${c.answer.value}`).join(' '),
  r.result.kind === 'next'
    ? `next ${r.result.question.id} (${r.result.number})`
    : `${r.result.outcome}${r.result.workflow ? ` [${r.result.workflow}]` : ''}: ${r.result.sources.map((s) => s.id).join(', ')}`,
];

// The whole table, as the page without JavaScript shows it.
const EXPECTED: Line[] = [
  ['is24x7', 'yes', '', 'next delivered (2)'],
  ['is24x7', 'no', '', 'next delivered (2)'],
  ['delivered', 'yes', '', 'keep: dont-transfer-resolved'],
  ['delivered', 'no', '', 'next otherRegion (3)'],
  ['otherRegion', 'yes', 'is24x7=yes', 'queue-early [24x7]: do-transfer-early, do-title-reason, 24x7'],
  ['otherRegion', 'yes', 'is24x7=no', 'queue-early [local]: do-transfer-early, do-title-reason, local'],
  ['otherRegion', 'no', '', 'next onlyLeave (4)'],
  ['onlyLeave', 'yes', '', 'keep: dont-leave'],
  ['onlyLeave', 'no', 'is24x7=yes', 'next nextShift (5)'],
  ['onlyLeave', 'no', 'is24x7=no', 'local [local]: local'],
  ['nextShift', 'yes', '', 'next impact (6)'],
  ['nextShift', 'no', '', 'lower-and-keep: do-check-next-shift'],
  ['impact', 'yes', '', 'next-region [24x7]: 24x7, do-check-next-shift, do-reduce-severity'],
  ['impact', 'no', '', 'lower-and-keep: do-reduce-severity'],
  ['impact', 'not-a', '', 'next-region [24x7]: 24x7, do-check-next-shift'],
];

describe('decisionTable', () => {
  const table = decisionTable();

  it('holds every question in order, each answer, and where it leads', () => {
    expect(table.flatMap((g) => g.rows.map((r) => short(g, r)))).toEqual(EXPECTED);
    expect(table.map((g) => [g.question.id, g.number])).toEqual(QUESTIONS.map((q, i) => [q.id, i + 1]));
  });

  it('gives each outcome the heading the island shows', () => {
    const decided = table.flatMap((g) => g.rows).flatMap((r) => (r.result.kind === 'decided' ? [r.result] : []));
    expect(decided.length).toBeGreaterThan(0);
    for (const r of decided) expect(r.title).toBe(OUTCOME_TITLES[r.outcome]);
  });

  it('quotes each rule its outcomes come from once, in the order of the Do and Don’t list', () => {
    expect(rulesOf(table).map((r) => r.id)).toEqual([
      'do-title-reason',
      'do-check-next-shift',
      'do-reduce-severity',
      'do-transfer-early',
      'dont-leave',
      'dont-transfer-resolved',
    ]);
  });

  it('read as a person reads it, from the top, always reaches the outcome decide() gives', () => {
    const answer = fc.constantFrom<AnswerValue>('yes', 'no', 'not-a');
    const answers = fc.record(
      Object.fromEntries(QUESTIONS.map((q) => [q.id, answer])) as Record<QuestionId, fc.Arbitrary<AnswerValue>>,
    );
    fc.assert(
      fc.property(answers, (raw) => {
        // Each question's own choices only ("not severity A" is the last question's).
        const given: Answers = Object.fromEntries(
          QUESTIONS.map((q) => [q.id, q.options.some((o) => o.value === raw[q.id]) ? raw[q.id] : 'no']),
        );
        let group: DecisionGroup | undefined = table[0];
        for (let steps = 0; group && steps < QUESTIONS.length; steps++) {
          const current: DecisionGroup = group;
          const row: DecisionRow = current.rows.find(
            (r) =>
              r.answer.value === given[current.question.id] &&
              r.when.every((c) => given[c.question.id] === c.answer.value),
          )!;
          if (row.result.kind === 'decided') {
            const d = decide(given);
            expect(d.status === 'decided' && [d.outcome, d.sources, d.workflow]).toEqual([
              row.result.outcome,
              row.result.sources,
              row.result.workflow,
            ]);
            return;
          }
          const next: QuestionId = row.result.question.id;
          group = table.find((g) => g.question.id === next);
        }
        throw new Error('the table never reached an outcome');
      }),
    );
  });
});
