import { describe, expect, it } from 'vitest';
import {
  buildSubject,
  describeProblems,
  describeSubjectPattern,
  fieldsInPattern,
} from '../../src/lib/reassign/subject';

// The data file's pattern, as the wiki's "Reference Email Subject" gives it.
const PATTERN = 'Big Data DM, please reassign {plan} {severity} {caseNumber} to {region} SE - Skill: {skill}';
const FULL = {
  supportPlan: 'Prem',
  severity: 'A',
  caseNumber: '2311010040001234',
  targetRegion: 'US',
  productSkill: 'Azure Data Factory',
};
const CHOICES = { supportPlans: ['Prem', 'Pro'], severities: ['A', 'B', 'C'], regions: ['APAC', 'IST', 'EMEA', 'US'] };

describe.each([
  ['the wiki example', {}, 'Big Data DM, please reassign Prem A 2311010040001234 to US SE - Skill: Azure Data Factory'],
  [
    'Pro, severity C, IST',
    { supportPlan: 'Pro', severity: 'C', targetRegion: 'IST' },
    'Big Data DM, please reassign Pro C 2311010040001234 to IST SE - Skill: Azure Data Factory',
  ],
  [
    'a case number pasted with spaces and dashes',
    { caseNumber: ' 2311-0100 4000–1234 ' },
    'Big Data DM, please reassign Prem A 2311010040001234 to US SE - Skill: Azure Data Factory',
  ],
  [
    'a non-ASCII skill',
    { productSkill: 'Fabric Data Factory – Überwachung 数据工厂' },
    'Big Data DM, please reassign Prem A 2311010040001234 to US SE - Skill: Fabric Data Factory – Überwachung 数据工厂',
  ],
  [
    'a skill with & ? # % +',
    { productSkill: 'SSIS & ADF? #1 100% C++' },
    'Big Data DM, please reassign Prem A 2311010040001234 to US SE - Skill: SSIS & ADF? #1 100% C++',
  ],
  [
    'a skill with line breaks and extra spaces (a subject is one line)',
    { productSkill: '  Azure\r\nData \t Factory\n' },
    'Big Data DM, please reassign Prem A 2311010040001234 to US SE - Skill: Azure Data Factory',
  ],
  [
    'a skill that looks like a placeholder stays literal',
    { productSkill: '{region} {plan}' },
    'Big Data DM, please reassign Prem A 2311010040001234 to US SE - Skill: {region} {plan}',
  ],
  [
    'a skill with $& (a replace() pattern) stays literal',
    { productSkill: "$& $' $1" },
    "Big Data DM, please reassign Prem A 2311010040001234 to US SE - Skill: $& $' $1",
  ],
])('buildSubject: %s', (_name, change, subject) => {
  it('gives the exact subject', () => {
    const result = buildSubject(PATTERN, { ...FULL, ...change }, CHOICES);
    expect(result.ok && result.subject).toBe(subject);
  });
});

describe.each([
  ['nothing filled', {}, ['supportPlan', 'severity', 'caseNumber', 'targetRegion', 'productSkill']],
  ['only the case number', { caseNumber: '123' }, ['supportPlan', 'severity', 'targetRegion', 'productSkill']],
  ['a blank skill', { ...FULL, productSkill: '   ' }, ['productSkill']],
  ['a case number of only dashes', { ...FULL, caseNumber: ' - - ' }, ['caseNumber']],
])('buildSubject with %s', (_name, details, missing) => {
  it('reports what is missing, never a half subject', () => {
    const empty = { supportPlan: '', severity: '', caseNumber: '', targetRegion: '', productSkill: '' };
    const result = buildSubject(PATTERN, { ...empty, ...details });
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.problems.map((p) => p.field)).toEqual(missing);
    expect(result.problems.every((p) => p.kind === 'missing')).toBe(true);
  });
});

describe.each([
  ['#2311', 'Case number: A case number has digits only; remove "#".'],
  ['2311 01a0', 'Case number: A case number has digits only; remove "a".'],
  ['+2311', 'Case number: A case number has digits only; remove "+".'],
])('buildSubject with case number %j', (caseNumber, message) => {
  it('says what is wrong with it', () => {
    const result = buildSubject(PATTERN, { ...FULL, caseNumber });
    expect(result).toEqual({ ok: false, problems: [{ field: 'caseNumber', kind: 'invalid', message }] });
  });
});

describe.each([
  ['supportPlan', 'Premier', 'Support plan "Premier" is not one of Prem, Pro.'],
  ['severity', 'D', 'Severity "D" is not one of A, B, C.'],
  ['targetRegion', 'LATAM', 'Target region "LATAM" is not one of APAC, IST, EMEA, US.'],
] as const)('buildSubject with an unknown %s', (field, value, message) => {
  it('refuses a value that is not one of the choices (a stale draft)', () => {
    expect(buildSubject(PATTERN, { ...FULL, [field]: value }, CHOICES)).toEqual({
      ok: false,
      problems: [{ field, kind: 'invalid', message }],
    });
  });
  it('accepts it when no choices are given', () => {
    expect(buildSubject(PATTERN, { ...FULL, [field]: value }).ok).toBe(true);
  });
});

describe('buildSubject with another pattern', () => {
  it('follows the data file: order and wording come from the pattern', () => {
    const result = buildSubject('[{region}] {caseNumber} ({severity}/{plan}) {skill}', FULL);
    expect(result.ok && result.subject).toBe('[US] 2311010040001234 (A/Prem) Azure Data Factory');
  });
  it('asks only for the fields the pattern uses', () => {
    const result = buildSubject('Reassign {caseNumber} to {region}', { ...FULL, productSkill: '', severity: '' });
    expect(result.ok && result.subject).toBe('Reassign 2311010040001234 to US');
    expect(fieldsInPattern('Reassign {caseNumber} to {region} {unknown}')).toEqual(['caseNumber', 'targetRegion']);
  });
  it('leaves unknown placeholders as they are', () => {
    const result = buildSubject('{caseNumber} {other}', FULL);
    expect(result.ok && result.subject).toBe('2311010040001234 {other}');
  });
});

describe.each([
  [[], ''],
  [[{ field: 'severity', kind: 'missing', message: '' }], 'Still needed: severity.'],
  [
    [
      { field: 'supportPlan', kind: 'missing', message: '' },
      { field: 'severity', kind: 'missing', message: '' },
      { field: 'productSkill', kind: 'missing', message: '' },
    ],
    'Still needed: support plan, severity and product skill.',
  ],
  [
    [
      { field: 'targetRegion', kind: 'missing', message: '' },
      { field: 'caseNumber', kind: 'invalid', message: 'Case number: remove "#".' },
    ],
    'Still needed: target region. Case number: remove "#".',
  ],
] as const)('describeProblems(%j)', (problems, text) => {
  it(`says ${JSON.stringify(text)}`, () => expect(describeProblems(problems)).toBe(text));
});

describe('describeSubjectPattern', () => {
  it('shows the pattern with its choices, for the page without JavaScript', () => {
    expect(describeSubjectPattern(PATTERN, CHOICES)).toBe(
      'Big Data DM, please reassign <Prem/Pro> <Severity: A/B/C> <case number> to <APAC/IST/EMEA/US> SE - Skill: <product skill>',
    );
  });
});
