/**
 * The case details every tool on a page shares (and keeps in the same saved
 * draft): case number, severity, support plan, product skill, target region,
 * and whether the case is 7x24.
 *
 * A stored draft's case details are validated by `CaseDetailsSchema` in
 * `note/draft.ts`, with `zod/mini` (about 7 KB gzip, loaded only when a draft
 * is stored) rather than the classic API that `astro/zod` re-exports (about 90 KB).
 */

export interface CaseDetails {
  /** Digits only once normalised; kept as typed until then. */
  caseNumber: string;
  /** One of the data file's severities (A, B, C), or '' when not chosen. */
  severity: string;
  /** One of the data file's support plans (Prem, Pro), or ''. */
  supportPlan: string;
  /** A skill from the data file's list, or free text. */
  productSkill: string;
  /** A region id (APAC, IST, EMEA, US), or ''. */
  targetRegion: string;
  /** True for a 7x24 case, false for not, null while unanswered. */
  is24x7: boolean | null;
}

export const EMPTY_CASE_DETAILS: Readonly<CaseDetails> = Object.freeze({
  caseNumber: '',
  severity: '',
  supportPlan: '',
  productSkill: '',
  targetRegion: '',
  is24x7: null,
});

/** What a case-number field holds after clean-up, and what is wrong with it, if anything. */
export interface CaseNumberCheck {
  /** The text with spaces and dashes removed (kept even when invalid, so nothing typed is lost). */
  value: string;
  /** A message for the person, or undefined when the number is fine (or still empty). */
  error?: string;
}

/**
 * Cleans a case number as pasted from elsewhere: spaces (any white space) and
 * dashes are removed; anything else that is not a digit is reported by name.
 * @example checkCaseNumber('2311 0100-4000 1234') // { value: '2311010040001234' }
 * @example checkCaseNumber('#123') // { value: '#123', error: 'A case number has digits only; remove "#".' }
 */
export function checkCaseNumber(raw: string): CaseNumberCheck {
  const value = raw.replace(/[\s\-\u2010-\u2015\u2212]/g, '');
  const bad = [...new Set(value.replace(/\d/g, ''))];
  if (bad.length === 0) return { value };
  const list = bad.map((c) => `"${c}"`).join(', ');
  return { value, error: `A case number has digits only; remove ${list}.` };
}
