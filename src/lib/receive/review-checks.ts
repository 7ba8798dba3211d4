/**
 * Review mode, for leads reading a trainee's note: the generator's checks as
 * the writer sees them, and stricter ones on top: placeholders left in,
 * next actions with no time, a credential-looking string, an unanswered
 * checklist, a Summary that does not say what was tried. Worded as feedback
 * to the note's writer.
 */
import { EMPTY_CASE_DETAILS, type CaseDetails } from '../case-details';
import { runChecks, type Finding } from '../note/checks';
import type { Note } from '../note/note';
import { CHECKLIST, SECTIONS, type ChecklistId, type SectionId } from '../note/template';
import { secretsFinding } from './receiver-checks';

export interface ReviewCheckInput {
  note: Note;
  caseDetails: Partial<CaseDetails>;
  text: string;
}

/** Words and marks left in for "fill in later". */
const PLACEHOLDER = /(?:^|\s)(\.{3,}|…+)(?=\s|$)|(?<![A-Za-z])(TBD|TBC|TODO|FIXME|XXX+|n\/a)(?![A-Za-z])|(\?{2,})/i;

/** The placeholder in `text`, as written, or undefined. */
export function placeholderIn(text: string): string | undefined {
  const m = PLACEHOLDER.exec(text);
  return m ? (m[1] ?? m[2] ?? m[3]) : undefined;
}

/** A clock time, a day, or a moment of the shift: anything that says when. */
const WHEN = new RegExp(
  [
    String.raw`\b\d{1,2}[:.h]\d{2}\b`,
    String.raw`\b\d{1,2}\s?(?:am|pm)\b`,
    String.raw`\b(?:at|by|before|after|until|from)\s+\d{1,2}\b`,
    String.raw`\b\d{4}-\d{2}-\d{2}\b`,
    String.raw`\b\d{1,2}\s+(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\b`,
    String.raw`\b(?:today|tonight|tomorrow|noon|midday|midnight|morning|afternoon|evening|eod|cob)\b`,
    String.raw`\b(?:mon|tues?|wed|thu(?:rs)?|fri|sat|sun)(?:day)?\b`,
    String.raw`\bend of (?:the |your |my |their )?(?:day|shift|week)\b`,
    String.raw`\bstart of (?:the |your |my |their )?(?:next )?shift\b`,
    String.raw`\bnext shift\b`,
    String.raw`\bfirst thing\b`,
    String.raw`\b(?:within|in)\s+\d+\s*(?:min(?:ute)?s?|h(?:ours?|rs?)?|days?)\b`,
    String.raw`\butc\b`,
  ].join('|'),
  'i',
);

/** True when the text says when something happens. */
export function saysWhen(text: string): boolean {
  return WHEN.test(text);
}

/** Verbs that say something was done or found. */
const TRIED =
  /\b(tried|try(?:ing)?|tested|test(?:ing)?|checked|check(?:ing)?|verified|confirmed|found|ran|re-?ran|rerun|reproduced|repro|collected|reviewed|analy[sz]ed|investigated|applied|restarted|ruled out|excluded|compared|traced|captured|asked|shared|suggested|recommended|escalated|raised|engaged)\b/i;

/** True when a summary says what was tried or found. */
export function saysWhatWasTried(text: string): boolean {
  return TRIED.test(text);
}

const label = (id: SectionId) => SECTIONS.find((s) => s.id === id)!.label;
/** Checklist items that always have an answer (IcM ID and critsit reason may rightly be empty). */
const MUST_ANSWER: readonly ChecklistId[] = ['customerReachable', 'waitingForRca', 'acceptsEnglish', 'pendingOn'];

function sectionFindings(note: Note): Finding[] {
  const findings: Finding[] = [];
  for (const { id } of SECTIONS) {
    const text = note.sections[id].trim();
    // An empty Next MSFT Action is the generator's own finding.
    if (text === '' && id !== 'nextMsftAction') {
      findings.push({
        id: `empty-${id}`,
        field: id,
        message: `“${label(id)}” is empty (or still the template's “......”): write what is known, or “None”.`,
      });
      continue;
    }
    const mark = placeholderIn(text);
    if (mark)
      findings.push({
        id: `placeholder-${id}`,
        field: id,
        message: `“${label(id)}” still has a placeholder (“${mark}”): write what is known, or “None” when there is none.`,
      });
  }
  return findings;
}

function timeFindings(note: Note): Finding[] {
  const findings: Finding[] = [];
  const msft = note.sections.nextMsftAction.trim();
  if (msft && !saysWhen(msft))
    findings.push({
      id: 'msft-action-no-time',
      field: 'nextMsftAction',
      message:
        'Next MSFT Action says what, but not when: add a time with its time zone, or “at the start of your shift”.',
    });
  const customer = note.sections.nextCustomerAction.trim();
  if (customer && !/^(none|nothing)\b/i.test(customer) && !placeholderIn(customer) && !saysWhen(customer))
    findings.push({
      id: 'customer-action-no-time',
      field: 'nextCustomerAction',
      message: "Next Customer's Action has no time: say by when the customer will do it, in their time.",
    });
  return findings;
}

function checklistFinding(note: Note): Finding | null {
  const open = MUST_ANSWER.filter((id) => note.checklist[id].trim() === '');
  if (open.length === 0) return null;
  const labels = open.map((id) => CHECKLIST.find((c) => c.id === id)!.label);
  return {
    id: 'checklist-unanswered',
    field: open[0]!,
    message: `The checklist is not answered: ${labels.join(', ')}. Answer every line; the next engineer cannot guess.`,
  };
}

function summaryFinding(note: Note): Finding | null {
  const summary = note.sections.summary.trim();
  if (!summary || saysWhatWasTried(summary) || note.sections.ruledOut.trim()) return null;
  return {
    id: 'summary-not-tried',
    field: 'summary',
    message:
      'The Summary does not say what was tried: add what was checked, tested or ruled out, and what it showed, so nobody repeats it.',
  };
}

/**
 * The review's findings, in order: a credential first, the generator's
 * checks, then the strict ones (sections, times, checklist, summary).
 */
export function reviewChecks(input: ReviewCheckInput): Finding[] {
  const caseDetails: CaseDetails = { ...EMPTY_CASE_DETAILS, ...input.caseDetails };
  const secret = secretsFinding(
    input.text,
    'remove it. Case notes are read by many people; never put keys, passwords or tokens in them.',
  );
  return [
    ...(secret ? [secret] : []),
    ...runChecks({ note: input.note, caseDetails }),
    ...sectionFindings(input.note),
    ...timeFindings(input.note),
    ...[checklistFinding(input.note), summaryFinding(input.note)].filter((f): f is Finding => f !== null),
  ];
}
