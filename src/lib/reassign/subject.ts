/**
 * The reassignment email's subject, built exactly from the data file's
 * pattern (`reassignment.subjectPattern`), or the list of what is still
 * missing: never a half-filled subject.
 */
import { checkCaseNumber, type CaseDetails } from '../case-details';

/** The case details a subject is made of. */
export type SubjectField = 'supportPlan' | 'severity' | 'caseNumber' | 'targetRegion' | 'productSkill';

/** The pattern's placeholders and the case detail each one stands for. */
export const SUBJECT_PLACEHOLDERS: Readonly<Record<string, SubjectField>> = {
  plan: 'supportPlan',
  severity: 'severity',
  caseNumber: 'caseNumber',
  region: 'targetRegion',
  skill: 'productSkill',
};

/** The fields in the order the form shows them, with the labels the form uses. */
export const SUBJECT_FIELD_LABELS: Readonly<Record<SubjectField, string>> = {
  supportPlan: 'Support plan',
  severity: 'Severity',
  caseNumber: 'Case number',
  targetRegion: 'Target region',
  productSkill: 'Product skill',
};

/** One reason the subject cannot be built yet. */
export interface SubjectProblem {
  field: SubjectField;
  /** `missing`: empty; `invalid`: filled with something that cannot go in the subject. */
  kind: 'missing' | 'invalid';
  /** A sentence for the person. */
  message: string;
}

export type SubjectResult =
  | {
      ok: true;
      subject: string;
      /** The cleaned values that went into the subject (case number digits only, spaces collapsed). */
      values: Record<SubjectField, string>;
    }
  | { ok: false; problems: SubjectProblem[] };

/** The choices a value must be one of, when known (from the data file). */
export interface SubjectChoices {
  supportPlans?: readonly string[];
  severities?: readonly string[];
  regions?: readonly string[];
}

const PLACEHOLDER = /\{(\w+)\}/g;

/** One line of text: line breaks and runs of white space become one space (a subject is one header line). */
export function oneLine(text: string): string {
  return text.replace(/\s+/g, ' ').trim();
}

/** The fields a pattern uses, in form order. */
export function fieldsInPattern(pattern: string): SubjectField[] {
  const used = new Set<SubjectField>();
  for (const [, name] of pattern.matchAll(PLACEHOLDER)) {
    const field = name ? SUBJECT_PLACEHOLDERS[name] : undefined;
    if (field) used.add(field);
  }
  return (Object.keys(SUBJECT_FIELD_LABELS) as SubjectField[]).filter((f) => used.has(f));
}

/**
 * Fills the subject pattern with the case details. Placeholders are replaced
 * in one pass, so a value that itself contains `{region}` stays literal.
 * @example
 * buildSubject('Big Data DM, please reassign {plan} {severity} {caseNumber} to {region} SE - Skill: {skill}',
 *   { supportPlan: 'Prem', severity: 'A', caseNumber: '2311-0100-4000-1234', targetRegion: 'US', productSkill: 'Azure Data Factory' })
 * // { ok: true, subject: 'Big Data DM, please reassign Prem A 2311010040001234 to US SE - Skill: Azure Data Factory', ... }
 */
export function buildSubject(
  pattern: string,
  details: Pick<CaseDetails, SubjectField>,
  choices: SubjectChoices = {},
): SubjectResult {
  const problems: SubjectProblem[] = [];
  const values = {} as Record<SubjectField, string>;
  const allowed: Partial<Record<SubjectField, readonly string[] | undefined>> = {
    supportPlan: choices.supportPlans,
    severity: choices.severities,
    targetRegion: choices.regions,
  };
  for (const field of fieldsInPattern(pattern)) {
    const label = SUBJECT_FIELD_LABELS[field];
    let value = oneLine(details[field] ?? '');
    if (field === 'caseNumber') {
      const check = checkCaseNumber(value);
      value = check.value;
      if (value && check.error) {
        problems.push({ field, kind: 'invalid', message: `${label}: ${check.error}` });
        continue;
      }
    }
    if (!value) {
      problems.push({ field, kind: 'missing', message: `${label} is missing.` });
      continue;
    }
    const list = allowed[field];
    if (list && !list.includes(value)) {
      problems.push({
        field,
        kind: 'invalid',
        message: `${label} "${value}" is not one of ${list.join(', ')}.`,
      });
      continue;
    }
    values[field] = value;
  }
  if (problems.length) return { ok: false, problems };
  const subject = pattern.replace(PLACEHOLDER, (whole, name: string) => {
    const field = SUBJECT_PLACEHOLDERS[name];
    return field ? values[field] : whole;
  });
  return { ok: true, subject, values };
}

/**
 * One sentence saying what keeps the subject from being complete.
 * @example describeProblems([{ field: 'severity', kind: 'missing', ... }, { field: 'caseNumber', kind: 'missing', ... }])
 * // 'Still needed: severity and case number.'
 */
export function describeProblems(problems: readonly SubjectProblem[]): string {
  const missing = problems.filter((p) => p.kind === 'missing').map((p) => SUBJECT_FIELD_LABELS[p.field].toLowerCase());
  const parts: string[] = [];
  if (missing.length) parts.push(`Still needed: ${joinAnd(missing)}.`);
  for (const p of problems) if (p.kind === 'invalid') parts.push(p.message);
  return parts.join(' ');
}

/** "a", "a and b", "a, b and c". */
export function joinAnd(items: readonly string[]): string {
  if (items.length <= 1) return items.join('');
  return `${items.slice(0, -1).join(', ')} and ${items[items.length - 1]}`;
}

/**
 * The pattern as a person reads it, for the page without JavaScript:
 * each placeholder shows its choices, for example `<Prem/Pro>`.
 */
export function describeSubjectPattern(
  pattern: string,
  choices: { supportPlans: readonly string[]; severities: readonly string[]; regions: readonly string[] },
): string {
  const shown: Record<SubjectField, string> = {
    supportPlan: `<${choices.supportPlans.join('/')}>`,
    severity: `<Severity: ${choices.severities.join('/')}>`,
    caseNumber: '<case number>',
    targetRegion: `<${choices.regions.join('/')}>`,
    productSkill: '<product skill>',
  };
  return pattern.replace(PLACEHOLDER, (whole, name: string) => {
    const field = SUBJECT_PLACEHOLDERS[name];
    return field ? shown[field] : whole;
  });
}
