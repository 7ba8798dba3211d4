/**
 * "Should this case move?": the questions the team's Do & Don't list asks
 * before a case leaves its owner, and the one outcome they lead to. Every
 * outcome carries its reason and the rule (or workflow) of the team's wiki
 * it comes from; nothing here is policy of its own. While a question that
 * matters is unanswered the result says so and never guesses.
 *
 * Also the codec for training links: the answers (and nothing else: no case
 * data) to and from URL search parameters.
 */
import type { QuotedRuleId } from './handoff-rules';
import type { WorkflowId } from './handoff-workflows';

/** The questions, in the order they are asked. */
export type QuestionId = 'is24x7' | 'delivered' | 'otherRegion' | 'onlyLeave' | 'nextShift' | 'impact';

/** A yes/no answer; the severity question also has "the case is not severity A". */
export type AnswerValue = 'yes' | 'no' | 'not-a';

/** The person's answers; a missing key is unanswered. */
export type Answers = Partial<Record<QuestionId, AnswerValue>>;

/** One choice of a question. */
export interface AnswerOption {
  value: AnswerValue;
  label: string;
}

/** One question as the page shows it. */
export interface Question {
  id: QuestionId;
  /** The question itself (the radio group's legend). */
  label: string;
  /** One line saying why it is asked or what counts. */
  hint: string;
  options: readonly AnswerOption[];
  /** Its name in a training link's URL (`?7x24=yes`). */
  param: string;
}

const YES_NO: readonly AnswerOption[] = [
  { value: 'yes', label: 'Yes' },
  { value: 'no', label: 'No' },
];

/** Every question, in the order they are asked. */
export const QUESTIONS: readonly Question[] = [
  {
    id: 'is24x7',
    label: 'Is the case 7x24?',
    hint: 'A 7x24 case goes to the next region; a non-7x24 case is handed off to the local region.',
    options: YES_NO,
    param: '7x24',
  },
  {
    id: 'delivered',
    label: 'Is the solution delivered (or the issue resolved), with only the customer’s confirmation to close pending?',
    hint: 'The Don’t list: such a case is not transferred back to the queue.',
    options: YES_NO,
    param: 'delivered',
  },
  {
    id: 'otherRegion',
    label: 'Does the customer ask to work with an engineer in another region?',
    hint: 'The Do list: if the customer prefers another region’s engineer, the case goes back to the queue at the earliest stage.',
    options: YES_NO,
    param: 'other-region',
  },
  {
    id: 'onlyLeave',
    label: 'Is your own leave the only reason to move the case?',
    hint: 'The Don’t list: when you take leave, your team in the same region backs you up, not the queue.',
    options: YES_NO,
    param: 'leave',
  },
  {
    id: 'nextShift',
    label: 'Does the customer really need to continue the troubleshooting with the next shift’s engineer?',
    hint: 'The Do list: double-check with the customer; if not, lower the severity or unselect the 7x24 option and keep the case.',
    options: YES_NO,
    param: 'next-shift',
  },
  {
    id: 'impact',
    label: 'Is there real business impact behind the severity A?',
    hint: 'The Do list: with no real business impact, try your best to lower the severity from A to B, to save unnecessary handoffs between regions.',
    options: [
      { value: 'yes', label: 'Yes' },
      { value: 'no', label: 'No' },
      { value: 'not-a', label: 'The case is not severity A' },
    ],
    param: 'impact',
  },
];

const BY_ID = new Map(QUESTIONS.map((q) => [q.id, q]));

/** The question with this id. */
export function getQuestion(id: QuestionId): Question {
  return BY_ID.get(id)!;
}

/** What the page advises. */
export type OutcomeId = 'keep' | 'lower-and-keep' | 'next-region' | 'local' | 'queue-early';

/** Where an outcome comes from: an item of the Do & Don't list, or one of the two workflows. */
export type Source = { kind: 'rule'; id: QuotedRuleId } | { kind: 'workflow'; id: WorkflowId };

/** The result while a question that matters is still unanswered. */
export interface Undecided {
  status: 'incomplete';
  /** The questions to show: those answered so far on the path, then the next one. */
  questions: QuestionId[];
  /** The first unanswered question on the path. */
  next: QuestionId;
}

/** The one outcome the answers lead to. */
export interface Decided {
  status: 'decided';
  /** The questions that led here, in order; the others do not apply. */
  questions: QuestionId[];
  outcome: OutcomeId;
  /** Short heading for the outcome. */
  title: string;
  /** Why, in the site's words, from the answers given. */
  reason: string;
  /** Where it comes from, most direct first. */
  sources: Source[];
  /** The checklist to follow, when the case moves. */
  workflow?: WorkflowId;
}

export type Decision = Undecided | Decided;

/** Outcome headings, shared by every path that reaches them. */
export const OUTCOME_TITLES: Readonly<Record<OutcomeId, string>> = {
  keep: 'Keep the case',
  'lower-and-keep': 'Lower the severity or unselect 7x24, and keep the case',
  'next-region': 'Hand the case off to the next region (7x24 workflow)',
  local: 'Hand the case off to the local region (non-7x24 workflow)',
  'queue-early': 'Send the case back to the queue now: the customer prefers another region',
};

/**
 * Walks the questions in order and returns the first outcome the answers
 * settle, or which question must be answered next. Answers to questions
 * off the path (kept from an earlier walk) are ignored, never guessed from.
 * @example decide({}) // { status: 'incomplete', questions: ['is24x7'], next: 'is24x7' }
 * @example decide({ is24x7: 'no', delivered: 'yes' }).outcome // 'keep'
 */
export function decide(answers: Answers): Decision {
  const asked: QuestionId[] = [];
  // Returns the answer, or undefined after recording the question as the next one.
  const ask = (id: QuestionId): AnswerValue | undefined => {
    asked.push(id);
    return answers[id];
  };
  const incomplete = (): Undecided => ({ status: 'incomplete', questions: asked, next: asked.at(-1)! });
  const decided = (outcome: OutcomeId, reason: string, sources: Source[], workflow?: WorkflowId): Decided => ({
    status: 'decided',
    questions: asked,
    outcome,
    title: OUTCOME_TITLES[outcome],
    reason,
    sources,
    ...(workflow ? { workflow } : {}),
  });

  const is24x7 = ask('is24x7');
  if (is24x7 !== 'yes' && is24x7 !== 'no') return incomplete();
  const workflow: WorkflowId = is24x7 === 'yes' ? '24x7' : 'local';

  const delivered = ask('delivered');
  if (delivered === undefined) return incomplete();
  if (delivered === 'yes') {
    return decided(
      'keep',
      'The solution is delivered and only the customer’s confirmation to close the case is pending, so there is nothing for another engineer to do. Keep the case in your queue and close it once the customer confirms.',
      [{ kind: 'rule', id: 'dont-transfer-resolved' }],
    );
  }

  const otherRegion = ask('otherRegion');
  if (otherRegion === undefined) return incomplete();
  if (otherRegion === 'yes') {
    return decided(
      'queue-early',
      `The customer prefers to work with an engineer in another region, so send the case back to the queue at the earliest stage, and make sure it is not left idle before someone takes it. Put the region the customer asked for in the title prefix. The case is ${is24x7 === 'yes' ? '7x24, so follow the 7x24 workflow' : 'not 7x24, so follow the non-7x24 workflow'}.`,
      [
        { kind: 'rule', id: 'do-transfer-early' },
        { kind: 'rule', id: 'do-title-reason' },
        { kind: 'workflow', id: workflow },
      ],
      workflow,
    );
  }

  const onlyLeave = ask('onlyLeave');
  if (onlyLeave === undefined) return incomplete();
  if (onlyLeave === 'yes') {
    return decided(
      'keep',
      'Your own leave is not a reason to send a case back to the queue. Keep it: ask your team in the same region to back you up for hot cases, and set a correct OOF auto-reply.',
      [{ kind: 'rule', id: 'dont-leave' }],
    );
  }

  if (is24x7 === 'no') {
    return decided(
      'local',
      'The case is not 7x24 and none of the reasons to keep it applies, so hand it off to the local region, following the non-7x24 workflow.',
      [{ kind: 'workflow', id: 'local' }],
      'local',
    );
  }

  const nextShift = ask('nextShift');
  if (nextShift === undefined) return incomplete();
  if (nextShift === 'no') {
    return decided(
      'lower-and-keep',
      'The customer does not need the next shift’s engineer to continue, so lower the severity or unselect the 7x24 option, and keep the case in your own queue.',
      [{ kind: 'rule', id: 'do-check-next-shift' }],
    );
  }

  const impact = ask('impact');
  if (impact === undefined) return incomplete();
  if (impact === 'no') {
    return decided(
      'lower-and-keep',
      'There is no real business impact behind the severity A, so try your best to lower it to B and keep the case: that saves an unnecessary handoff between regions.',
      [{ kind: 'rule', id: 'do-reduce-severity' }],
    );
  }

  return decided(
    'next-region',
    `The case is 7x24, the customer needs the next shift to continue${impact === 'yes' ? ' and there is real business impact behind the severity A' : ''}, so hand it off to the next region, following the 7x24 workflow.`,
    [
      { kind: 'workflow', id: '24x7' },
      { kind: 'rule', id: 'do-check-next-shift' },
      ...(impact === 'yes' ? [{ kind: 'rule', id: 'do-reduce-severity' } as const] : []),
    ],
    '24x7',
  );
}

/** True when `value` is one of the question's choices. */
export function isValidAnswer(id: QuestionId, value: unknown): value is AnswerValue {
  return getQuestion(id).options.some((o) => o.value === value);
}

/** Keeps only known questions with valid answers (stored or imported answers). */
export function cleanAnswers(input: Readonly<Record<string, unknown>>): Answers {
  const answers: Answers = {};
  for (const q of QUESTIONS) {
    const value = input[q.id];
    if (isValidAnswer(q.id, value)) answers[q.id] = value;
  }
  return answers;
}

/**
 * The answers as URL search parameters, for a training link: only the
 * questions' own parameters, in question order, never case data.
 * @example encodeAnswers({ is24x7: 'yes', delivered: 'no' }).toString() // "7x24=yes&delivered=no"
 */
export function encodeAnswers(answers: Answers): URLSearchParams {
  const params = new URLSearchParams();
  for (const q of QUESTIONS) {
    const value = answers[q.id];
    if (value !== undefined && isValidAnswer(q.id, value)) params.set(q.param, value);
  }
  return params;
}

/** What a training link's parameters gave. */
export interface DecodedAnswers {
  /** The valid answers found. */
  answers: Answers;
  /** Question parameters whose value is not one of its choices (they are ignored). */
  invalid: string[];
}

/**
 * Reads the answers from URL search parameters. Unknown parameters are left
 * alone (they may belong to something else); a question's parameter with a
 * value that is not one of its choices is ignored and reported. Values are
 * read trimmed and in lower case; the first of repeated parameters counts.
 * @example decodeAnswers(new URLSearchParams('7x24=yes&impact=maybe')) // { answers: { is24x7: 'yes' }, invalid: ['impact'] }
 */
export function decodeAnswers(params: URLSearchParams): DecodedAnswers {
  const answers: Answers = {};
  const invalid: string[] = [];
  for (const q of QUESTIONS) {
    const raw = params.get(q.param);
    if (raw === null) continue;
    const value = raw.trim().toLowerCase();
    if (isValidAnswer(q.id, value)) answers[q.id] = value;
    else invalid.push(q.param);
  }
  return { answers, invalid };
}

/** True when the parameters hold at least one of the questions' parameters. */
export function hasAnswerParams(params: URLSearchParams): boolean {
  return QUESTIONS.some((q) => params.has(q.param));
}
