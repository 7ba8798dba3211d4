import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import {
  QUESTIONS,
  cleanAnswers,
  getQuestion,
  decide,
  decodeAnswers,
  encodeAnswers,
  hasAnswerParams,
  type Answers,
  type OutcomeId,
  type QuestionId,
  type Source,
} from '../../src/lib/handoff-decision';
import { getRule } from '../../src/lib/handoff-rules';
import type { WorkflowId } from '../../src/lib/handoff-workflows';

type Row = [string, Answers, OutcomeId, Source[], WorkflowId | undefined, QuestionId[]];

// The decision table: every outcome and every path to it.
const TABLE: Row[] = [
  [
    'solution delivered, only confirmation pending (7x24)',
    { is24x7: 'yes', delivered: 'yes' },
    'keep',
    [{ kind: 'rule', id: 'dont-transfer-resolved' }],
    undefined,
    ['is24x7', 'delivered'],
  ],
  [
    'solution delivered, only confirmation pending (non-7x24), even if the customer asks for another region',
    { is24x7: 'no', delivered: 'yes', otherRegion: 'yes' },
    'keep',
    [{ kind: 'rule', id: 'dont-transfer-resolved' }],
    undefined,
    ['is24x7', 'delivered'],
  ],
  [
    'customer prefers another region, 7x24 case',
    { is24x7: 'yes', delivered: 'no', otherRegion: 'yes' },
    'queue-early',
    [
      { kind: 'rule', id: 'do-transfer-early' },
      { kind: 'rule', id: 'do-title-reason' },
      { kind: 'workflow', id: '24x7' },
    ],
    '24x7',
    ['is24x7', 'delivered', 'otherRegion'],
  ],
  [
    'customer prefers another region, non-7x24 case',
    { is24x7: 'no', delivered: 'no', otherRegion: 'yes', onlyLeave: 'yes' },
    'queue-early',
    [
      { kind: 'rule', id: 'do-transfer-early' },
      { kind: 'rule', id: 'do-title-reason' },
      { kind: 'workflow', id: 'local' },
    ],
    'local',
    ['is24x7', 'delivered', 'otherRegion'],
  ],
  [
    'only reason is your own leave (7x24)',
    { is24x7: 'yes', delivered: 'no', otherRegion: 'no', onlyLeave: 'yes', nextShift: 'yes', impact: 'yes' },
    'keep',
    [{ kind: 'rule', id: 'dont-leave' }],
    undefined,
    ['is24x7', 'delivered', 'otherRegion', 'onlyLeave'],
  ],
  [
    'only reason is your own leave (non-7x24)',
    { is24x7: 'no', delivered: 'no', otherRegion: 'no', onlyLeave: 'yes' },
    'keep',
    [{ kind: 'rule', id: 'dont-leave' }],
    undefined,
    ['is24x7', 'delivered', 'otherRegion', 'onlyLeave'],
  ],
  [
    'non-7x24 case with a reason to move',
    { is24x7: 'no', delivered: 'no', otherRegion: 'no', onlyLeave: 'no', nextShift: 'no', impact: 'no' },
    'local',
    [{ kind: 'workflow', id: 'local' }],
    'local',
    ['is24x7', 'delivered', 'otherRegion', 'onlyLeave'],
  ],
  [
    '7x24, the customer does not need the next shift',
    { is24x7: 'yes', delivered: 'no', otherRegion: 'no', onlyLeave: 'no', nextShift: 'no', impact: 'yes' },
    'lower-and-keep',
    [{ kind: 'rule', id: 'do-check-next-shift' }],
    undefined,
    ['is24x7', 'delivered', 'otherRegion', 'onlyLeave', 'nextShift'],
  ],
  [
    '7x24, next shift needed, but no real business impact behind severity A',
    { is24x7: 'yes', delivered: 'no', otherRegion: 'no', onlyLeave: 'no', nextShift: 'yes', impact: 'no' },
    'lower-and-keep',
    [{ kind: 'rule', id: 'do-reduce-severity' }],
    undefined,
    ['is24x7', 'delivered', 'otherRegion', 'onlyLeave', 'nextShift', 'impact'],
  ],
  [
    '7x24, next shift needed, real business impact behind severity A',
    { is24x7: 'yes', delivered: 'no', otherRegion: 'no', onlyLeave: 'no', nextShift: 'yes', impact: 'yes' },
    'next-region',
    [
      { kind: 'workflow', id: '24x7' },
      { kind: 'rule', id: 'do-check-next-shift' },
      { kind: 'rule', id: 'do-reduce-severity' },
    ],
    '24x7',
    ['is24x7', 'delivered', 'otherRegion', 'onlyLeave', 'nextShift', 'impact'],
  ],
  [
    '7x24, next shift needed, case not severity A',
    { is24x7: 'yes', delivered: 'no', otherRegion: 'no', onlyLeave: 'no', nextShift: 'yes', impact: 'not-a' },
    'next-region',
    [
      { kind: 'workflow', id: '24x7' },
      { kind: 'rule', id: 'do-check-next-shift' },
    ],
    '24x7',
    ['is24x7', 'delivered', 'otherRegion', 'onlyLeave', 'nextShift', 'impact'],
  ],
];

describe.each(TABLE)('%s', (_name, answers, outcome, sources, workflow, questions) => {
  const decision = decide(answers);
  it(`leads to "${outcome}"`, () => {
    expect(decision.status).toBe('decided');
    if (decision.status !== 'decided') return;
    expect(decision.outcome).toBe(outcome);
    expect(decision.workflow).toBe(workflow);
  });
  it('cites its rule and shows only the questions on its path', () => {
    if (decision.status !== 'decided') throw new Error('undecided');
    expect(decision.sources).toEqual(sources);
    expect(decision.questions).toEqual(questions);
    expect(decision.reason.length).toBeGreaterThan(40);
  });
});

it('the table reaches every outcome', () => {
  expect(new Set(TABLE.map((r) => r[2]))).toEqual(
    new Set(['keep', 'lower-and-keep', 'next-region', 'local', 'queue-early']),
  );
});

describe.each<[string, Answers, QuestionId, QuestionId[]]>([
  ['nothing answered', {}, 'is24x7', ['is24x7']],
  ['only later questions answered', { delivered: 'no', onlyLeave: 'yes' }, 'is24x7', ['is24x7']],
  ['7x24 answered', { is24x7: 'yes' }, 'delivered', ['is24x7', 'delivered']],
  [
    'other region not yet answered',
    { is24x7: 'no', delivered: 'no', onlyLeave: 'yes' },
    'otherRegion',
    ['is24x7', 'delivered', 'otherRegion'],
  ],
  [
    'leave not yet answered',
    { is24x7: 'no', delivered: 'no', otherRegion: 'no' },
    'onlyLeave',
    ['is24x7', 'delivered', 'otherRegion', 'onlyLeave'],
  ],
  [
    'next shift not yet answered',
    { is24x7: 'yes', delivered: 'no', otherRegion: 'no', onlyLeave: 'no', impact: 'yes' },
    'nextShift',
    ['is24x7', 'delivered', 'otherRegion', 'onlyLeave', 'nextShift'],
  ],
  [
    'impact not yet answered',
    { is24x7: 'yes', delivered: 'no', otherRegion: 'no', onlyLeave: 'no', nextShift: 'yes' },
    'impact',
    ['is24x7', 'delivered', 'otherRegion', 'onlyLeave', 'nextShift', 'impact'],
  ],
  ['an invalid answer counts as none', { is24x7: 'not-a' }, 'is24x7', ['is24x7']],
])('unanswered: %s', (_name, answers, next, questions) => {
  it('asks for the next answer and never guesses', () => {
    expect(decide(answers)).toEqual({ status: 'incomplete', next, questions });
  });
});

it('every decision cites rules that exist', () => {
  for (const [, answers] of TABLE) {
    const decision = decide(answers);
    if (decision.status !== 'decided') throw new Error('undecided');
    for (const source of decision.sources) {
      if (source.kind === 'rule') expect(getRule(source.id).text.length).toBeGreaterThan(20);
    }
  }
});

const answerArb = fc.record(
  {
    is24x7: fc.constantFrom('yes', 'no'),
    delivered: fc.constantFrom('yes', 'no'),
    otherRegion: fc.constantFrom('yes', 'no'),
    onlyLeave: fc.constantFrom('yes', 'no'),
    nextShift: fc.constantFrom('yes', 'no'),
    impact: fc.constantFrom('yes', 'no', 'not-a'),
  },
  { requiredKeys: [] },
) as fc.Arbitrary<Answers>;

it('any answers give either the next question or one outcome, and answers off the path do not change it', () => {
  fc.assert(
    fc.property(answerArb, answerArb, (answers, noise) => {
      const decision = decide(answers);
      const onPath = Object.fromEntries(decision.questions.map((q) => [q, answers[q]]).filter(([, v]) => v));
      const offPath = Object.fromEntries(
        Object.entries(noise).filter(([q]) => !decision.questions.includes(q as QuestionId)),
      );
      expect(decide({ ...offPath, ...onPath })).toEqual(decision);
      if (decision.status === 'incomplete') expect(answers[decision.next]).toBeUndefined();
    }),
  );
});

describe('training-link codec', () => {
  it('writes the answers in question order, with readable names', () => {
    expect(encodeAnswers({ impact: 'not-a', is24x7: 'yes', otherRegion: 'no' }).toString()).toBe(
      '7x24=yes&other-region=no&impact=not-a',
    );
  });

  it('round-trips any answers', () => {
    fc.assert(
      fc.property(answerArb, (answers) => {
        const { answers: back, invalid } = decodeAnswers(new URLSearchParams(encodeAnswers(answers).toString()));
        expect(back).toEqual(answers);
        expect(invalid).toEqual([]);
      }),
    );
  });

  describe.each<[string, string, Answers, string[]]>([
    ['empty', '', {}, []],
    ['unknown parameters are left alone', 'utm_source=mail&case=2311010040001234', {}, []],
    [
      'valid and invalid together',
      '7x24=yes&delivered=maybe&impact=NOT-A',
      { is24x7: 'yes', impact: 'not-a' },
      ['delivered'],
    ],
    ['"not-a" only for the severity question', '7x24=not-a&next-shift=%20No%20', { nextShift: 'no' }, ['7x24']],
    ['empty values', 'leave=&other-region', {}, ['other-region', 'leave']],
    ['the first of repeated parameters counts', 'delivered=no&delivered=yes', { delivered: 'no' }, []],
    ['HTML and odd bytes stay ignored', 'impact=%3Cscript%3E&7x24=%E2%80%AE', {}, ['7x24', 'impact']],
    ['prototype names', '__proto__=yes&constructor=no&toString=yes', {}, []],
  ])('decoding: %s', (_name, query, answers, invalid) => {
    it('keeps only valid answers and never throws', () => {
      expect(decodeAnswers(new URLSearchParams(query))).toEqual({ answers, invalid });
    });
  });

  it('encodes no case data, whatever the object holds', () => {
    const withCase = { is24x7: 'yes', caseNumber: '2311010040001234', productSkill: 'ADF' } as unknown as Answers;
    const params = encodeAnswers(withCase);
    expect([...params.keys()]).toEqual(['7x24']);
    expect(params.toString()).not.toContain('2311010040001234');
  });

  it('only question parameters are ever written', () => {
    const names = new Set(QUESTIONS.map((q) => q.param));
    fc.assert(
      fc.property(answerArb, (answers) => {
        for (const key of encodeAnswers(answers).keys()) expect(names.has(key)).toBe(true);
      }),
    );
  });

  it('tells whether a URL carries answers', () => {
    expect(hasAnswerParams(new URLSearchParams('x=1'))).toBe(false);
    expect(hasAnswerParams(new URLSearchParams('leave=whatever'))).toBe(true);
  });

  it('cleanAnswers drops unknown keys and invalid values', () => {
    expect(cleanAnswers({ is24x7: 'yes', impact: 'maybe', other: 'yes', delivered: true })).toEqual({ is24x7: 'yes' });
  });
});

// Issue 17: a hint explains the rule of the wiki the question comes from; it adds no view of its own.
describe('each question’s hint explains the wiki’s rule it comes from', () => {
  it.each([
    ['delivered', 'dont-transfer-resolved'],
    ['otherRegion', 'do-transfer-early'],
    ['onlyLeave', 'dont-leave'],
    ['nextShift', 'do-check-next-shift'],
    ['impact', 'do-reduce-severity'],
  ] as const)('%s names its list (rule %s)', (qid, ruleId) => {
    const list = getRule(ruleId).list === 'do' ? 'The Do list:' : 'The Don’t list:';
    expect(getQuestion(qid).hint.startsWith(list)).toBe(true);
  });

  it.each(['many can wait', 'around the clock', 'working hours or a language', 'within your region'])(
    'no hint says “%s”',
    (phrase) => {
      for (const q of QUESTIONS) expect(q.hint).not.toContain(phrase);
    },
  );
});
