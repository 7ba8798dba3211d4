/**
 * The case details every tool on a page shares (and keeps in the same saved
 * draft): case number, severity, support plan, product skill, target region,
 * and whether the case is 7x24.
 *
 * A stored draft's case details are validated by `CaseDetailsSchema` in
 * `note/draft.ts`, with `zod/mini` (about 7 KB gzip, loaded only when a draft
 * is stored) rather than the classic API that `astro/zod` re-exports (about 90 KB).
 */
import { checkDigits, type IdentifierCheck } from './identifiers';

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
export type CaseNumberCheck = IdentifierCheck;

/**
 * Cleans a case number as pasted from elsewhere: NFKC (full-width digits are
 * digits), invisible and direction-control characters removed (and listed in
 * `removed`), spaces (any white space) and dashes removed; anything else that
 * is not a digit is reported, named safely (`describeCharacter`).
 * @example checkCaseNumber('2311 0100-4000 1234') // { value: '2311010040001234', removed: [] }
 * @example checkCaseNumber('#123').error // 'A case number has digits only; remove "#".'
 */
export function checkCaseNumber(raw: string): CaseNumberCheck {
  return checkDigits(raw, 'A case number', (s) => s.replace(/[\s\-\u2010-\u2015\u2212]/g, ''));
}
