/**
 * The short text for a case's entry in the Case Transfer channel (step 3 of
 * both workflows), built from the case details and the hand-over note: case
 * number, severity, plan, target region, skill, a one-line summary and the next
 * action. Plain text only: what was typed is copied as typed, never as markup.
 */
import type { CaseDetails } from './case-details';

/** The parts of the note the entry reads. */
export interface TransferNote {
  summary: string;
  nextMsftAction: string;
}

/** The entry, and the details still missing from it (by name, for a hint). */
export interface TransferEntry {
  text: string;
  missing: string[];
}

/** The first non-empty line of a section, trimmed, cut at `max` characters with "…". */
export function firstLine(text: string, max = 160): string {
  const line =
    text
      .split(/\r?\n/)
      .map((l) => l.trim())
      .find((l) => l && l !== '......') ?? '';
  return line.length > max ? `${line.slice(0, max - 1).trimEnd()}…` : line;
}

/**
 * @example caseTransferEntry({ caseNumber: '2311', severity: 'A', supportPlan: 'Prem', targetRegion: 'US', productSkill: 'ADF', is24x7: true }, { summary: 'Copy fails', nextMsftAction: 'Check logs' }).text
 * // "Case 2311 · Sev A · Prem · 7x24 · to US · Skill: ADF\nSummary: Copy fails\nNext action: Check logs"
 */
export function caseTransferEntry(details: CaseDetails, note: TransferNote): TransferEntry {
  const missing: string[] = [];
  const need = (value: string, name: string) => {
    const v = value.trim();
    if (!v) missing.push(name);
    return v;
  };
  const caseNumber = need(details.caseNumber, 'case number');
  const severity = need(details.severity, 'severity');
  const plan = need(details.supportPlan, 'support plan');
  const region = need(details.targetRegion, 'target region');
  const skill = need(details.productSkill, 'product skill');
  const summary = firstLine(note.summary);
  if (!summary) missing.push('summary (in the note)');
  const next = firstLine(note.nextMsftAction);
  if (!next) missing.push('next action (in the note)');
  const head = [
    `Case ${caseNumber || '?'}`,
    `Sev ${severity || '?'}`,
    plan || 'plan ?',
    ...(details.is24x7 === null ? [] : [details.is24x7 ? '7x24' : 'not 7x24']),
    `to ${region || '?'}`,
    `Skill: ${skill || '?'}`,
  ].join(' · ');
  return { text: `${head}\nSummary: ${summary || '?'}\nNext action: ${next || '?'}`, missing };
}
