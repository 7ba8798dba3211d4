/**
 * Review mode, for leads reading a trainee's note: the generator's checks as
 * the writer sees them (a Summary or next action empty or a placeholder, next
 * actions with no time, an unanswered checklist), and stricter ones on top:
 * any section empty or with a placeholder left in, a credential-looking
 * string anywhere in the paste, a Summary that does not say what was tried.
 * Worded as feedback to the note's writer.
 */
import { EMPTY_CASE_DETAILS, type CaseDetails } from '../case-details';
import { placeholderIn, saysNothing } from '../note/check-text';
import { runChecks, type Finding } from '../note/checks';
import type { Note } from '../note/note';
import { SECTIONS, type SectionId } from '../note/template';
import { secretsFinding } from './receiver-checks';

export interface ReviewCheckInput {
  note: Note;
  caseDetails: Partial<CaseDetails>;
  text: string;
}

export { placeholderIn, saysWhen } from '../note/check-text';

/** Verbs that say something was done or found. */
const TRIED =
  /\b(tried|try(?:ing)?|tested|test(?:ing)?|checked|check(?:ing)?|verified|confirmed|found|ran|re-?ran|rerun|reproduced|repro|collected|reviewed|analy[sz]ed|investigated|applied|restarted|ruled out|excluded|compared|traced|captured|asked|shared|suggested|recommended|escalated|raised|engaged)\b/i;

/** True when a summary says what was tried or found. */
export function saysWhatWasTried(text: string): boolean {
  return TRIED.test(text);
}

const label = (id: SectionId) => SECTIONS.find((s) => s.id === id)!.label;

function sectionFindings(note: Note): Finding[] {
  const findings: Finding[] = [];
  for (const { id } of SECTIONS) {
    const text = note.sections[id].trim();
    // An empty (or placeholder-only) Summary or Next MSFT Action is the generator's own finding.
    if (id === 'summary' || id === 'nextMsftAction') {
      if (saysNothing(text)) continue;
    } else if (text === '') {
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

function summaryFinding(note: Note): Finding | null {
  const summary = note.sections.summary.trim();
  if (saysNothing(summary) || saysWhatWasTried(summary) || note.sections.ruledOut.trim()) return null;
  return {
    id: 'summary-not-tried',
    field: 'summary',
    message:
      'The Summary does not say what was tried: add what was checked, tested or ruled out, and what it showed, so nobody repeats it.',
  };
}

/**
 * The review's findings, in order: a credential first, the generator's
 * checks, then the strict ones (sections, summary).
 */
export function reviewChecks(input: ReviewCheckInput): Finding[] {
  const caseDetails: CaseDetails = { ...EMPTY_CASE_DETAILS, ...input.caseDetails };
  const secret = secretsFinding(
    input.text,
    'remove it. Case notes are read by many people; never put keys, passwords or tokens in them.',
  );
  return [
    ...(secret ? [secret] : []),
    // The generator's own credential hint is this review's first finding, in its stricter words.
    ...runChecks({ note: input.note, caseDetails }).filter((f) => f.id !== 'secret'),
    ...sectionFindings(input.note),
    ...[summaryFinding(input.note)].filter((f): f is Finding => f !== null),
  ];
}
