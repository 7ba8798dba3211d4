/**
 * The read-back: the receiver says, in their own words, the next action,
 * when they will do it and what they want to ask. From that come a short
 * reply for Teams or email (plain text and rich HTML, every value escaped)
 * and one line for the case notes.
 */
import { normaliseLine } from '../note/note';
import { escapeHtml, RICH_STYLE } from '../note/render';
import {
  clockMinutes,
  formatDayTime,
  formatTime,
  formatUtcOffset,
  isoDate,
  localDate,
  offsetMinutes,
  parseIsoDate,
  wallTimeToInstant,
} from '../schedule/zone';

/** What the receiver types. */
export interface ReadBackInput {
  /** The case number, as the note gives it (may be ''). */
  caseNumber: string;
  /** The next action, in the receiver's words. */
  nextAction: string;
  /** When they will do it, ms since the epoch; undefined while not given. */
  by: number | undefined;
  /** Questions for the sender, one per line. */
  questions: string;
}

/** The zones the reply speaks in. */
export interface ReplyZones {
  /** The receiver's zone (the browser's). */
  mine: string;
  /** The sender's zone, when their region is known. */
  theirs?: string;
}

/** A field the reply cannot be built without, and what to write in it. */
export interface ReadBackProblem {
  field: 'nextAction' | 'by';
  message: string;
}

/**
 * The instant a date field (`YYYY-MM-DD`) and a time field (`HH:MM`) mean in `zone`; undefined when
 * either is empty or not a real date or time.
 */
export function instantFromFields(date: string, time: string, zone: string): number | undefined {
  const day = parseIsoDate(date);
  if (!day || !/^([01]\d|2[0-3]):[0-5]\d$/.test(time)) return undefined;
  return wallTimeToInstant(day, clockMinutes(time), zone);
}

/** What is missing before a reply can be built; [] when nothing is. */
export function readBackProblems(input: ReadBackInput): ReadBackProblem[] {
  const problems: ReadBackProblem[] = [];
  if (normaliseLine(input.nextAction) === '')
    problems.push({
      field: 'nextAction',
      message: 'Write the next action in your own words, for example “rerun the pipeline with the customer”.',
    });
  if (input.by === undefined)
    problems.push({ field: 'by', message: 'Give the date and the time (your time) by which you will do it.' });
  return problems;
}

/** The action as the middle of "I'll … by": no "I will" of its own, no final full stop, a lower-case first word. */
export function actionPhrase(text: string): string {
  let action = normaliseLine(text)
    .replace(/^(?:I\s+will|I['’]ll)\s+/i, '')
    .replace(/[.!;,\s]+$/, '');
  // "Rerun the pipeline" reads "I'll rerun the pipeline"; "IcM" or "ADF" keep their capitals.
  if (/^[A-Z][a-z]+\b/.test(action)) action = action[0]!.toLowerCase() + action.slice(1);
  return action;
}

/** The questions, one per line, without list marks or blank lines. */
export function questionList(text: string): string[] {
  return text
    .split(/\r\n?|\n/)
    .map((line) => normaliseLine(line.replace(/^\s*(?:[-*•]|\d+[.)])\s+/, '')))
    .filter((line) => line !== '');
}

/** "by Tue 1 Dec, 14:00 my time (Tue 1 Dec, 06:00 yours)" and its variants. */
export function whenPhrase(by: number, zones: ReplyZones): string {
  const mine = formatDayTime(by, zones.mine);
  if (!zones.theirs) return `by ${mine} my time (${formatUtcOffset(by, zones.mine)})`;
  if (offsetMinutes(by, zones.theirs) === offsetMinutes(by, zones.mine)) return `by ${mine}, your time too`;
  return `by ${mine} my time (${formatDayTime(by, zones.theirs)} yours)`;
}

/** The reply, in plain text and rich HTML. */
export interface Reply {
  plain: string;
  html: string;
}

/**
 * The reply for Teams or email: "I have case X. I'll do Y by Z my time (W yours). Questions: …".
 * Undefined while something it needs is missing (see `readBackProblems`).
 */
export function buildReply(input: ReadBackInput, zones: ReplyZones): Reply | undefined {
  if (readBackProblems(input).length > 0 || input.by === undefined) return undefined;
  const caseNumber = normaliseLine(input.caseNumber);
  const have = caseNumber ? `I have case ${caseNumber}.` : 'I have the case.';
  const will = `I'll ${actionPhrase(input.nextAction)} ${whenPhrase(input.by, zones)}.`;
  const questions = questionList(input.questions);

  let plainQuestions: string;
  if (questions.length === 0) plainQuestions = 'No questions for now.';
  else if (questions.length === 1) plainQuestions = `Questions: ${questions[0]}`;
  else plainQuestions = `Questions:\n${questions.map((q, i) => `${i + 1}. ${q}`).join('\n')}`;
  const plain = `${have} ${will}\n${plainQuestions}`;

  const p = (content: string) => `<p style="margin:0 0 8px">${content}</p>`;
  const haveHtml = caseNumber ? `I have case <strong>${escapeHtml(caseNumber)}</strong>.` : escapeHtml(have);
  let htmlQuestions: string;
  if (questions.length === 0) htmlQuestions = p(escapeHtml(plainQuestions));
  else if (questions.length === 1) htmlQuestions = p(escapeHtml(plainQuestions));
  else
    htmlQuestions =
      `<p style="margin:0">Questions:</p><ol style="margin:0 0 8px;padding-left:1.5em">` +
      questions.map((q) => `<li>${escapeHtml(q)}</li>`).join('') +
      '</ol>';
  const html = `<div style="${RICH_STYLE.root}">${p(`${haveHtml} ${escapeHtml(will)}`)}${htmlQuestions}</div>`;
  return { plain, html };
}

/**
 * The one line for the case notes: "Received from Alex (EMEA) on 2026-12-01 14:05 (UTC+08:00); read back."
 * @param receivedAt ms since the epoch, shown in the receiver's zone
 */
export function caseNotesLine(sender: { name: string; regionId: string }, receivedAt: number, zone: string): string {
  const name = normaliseLine(sender.name);
  const region = sender.regionId;
  let from = '';
  if (name && region) from = ` from ${name} (${region})`;
  else if (name) from = ` from ${name}`;
  else if (region) from = ` from ${region}`;
  const when = `${isoDate(localDate(receivedAt, zone))} ${formatTime(receivedAt, zone)} (${formatUtcOffset(receivedAt, zone)})`;
  return `Received${from} on ${when}; read back.`;
}
