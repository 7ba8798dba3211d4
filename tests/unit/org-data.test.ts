import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseDocument } from 'yaml';
import { OrgDataError, parseOrgYaml, validateOrg } from '../../src/lib/org-data';
import { REGION_IDS } from '../../src/lib/org-schema';

const FILE = 'src/content/org.yaml';
const text = readFileSync(FILE, 'utf-8');

/** The real file with one change applied, re-validated. */
function problemsAfter(edit: (data: any) => void): string {
  const data = parseDocument(text).toJS();
  edit(data);
  try {
    validateOrg(data, FILE);
  } catch (error) {
    expect(error).toBeInstanceOf(OrgDataError);
    return (error as Error).message;
  }
  throw new Error('expected the edited data to be rejected');
}

describe('the real data file', () => {
  const org = parseOrgYaml(text, FILE);

  it('parses, with every region, its SME and the three meetings', () => {
    expect(org.regions.map((r) => r.id).sort()).toEqual([...REGION_IDS].sort());
    expect(org.regions.find((r) => r.id === 'IST')).toMatchObject({ sme: 'Shyam Simha', aliases: ['IGTSC'] });
    expect(org.meetings.map((m) => `${m.from.join('/')}->${m.to.join('/')}`)).toEqual([
      'APAC->IST/EMEA',
      'EMEA->US',
      'US->APAC',
    ]);
  });

  it('holds the Case Transfer address without the mail-safety wrapper', () => {
    expect(org.links.caseTransfer.url).toMatch(/^https:\/\/teams\.microsoft\.com\/l\/channel\//);
    expect(org.links.caseTransfer.url).not.toContain('safelinks');
  });

  it('marks the shift hours and meeting times it assumes', () => {
    expect(org.regions.every((r) => r.hours.assumed)).toBe(true);
    expect(org.meetings.every((m) => m.assumed)).toBe(true);
  });
});

describe.each([
  ['a missing SME', (d: any) => delete d.regions[1].sme, `${FILE} has a problem`, 'regions › IST › sme: is missing'],
  [
    'an unknown time zone',
    (d: any) => (d.regions[1].timeZone = 'Asia/Bangalore'),
    'regions › IST › timeZone: is not a known IANA time zone',
    'found "Asia/Bangalore"',
  ],
  [
    'a bad URL',
    (d: any) => (d.links.ftsTool.url = 'crmglobal/GLBCRMSUP'),
    'links › ftsTool › url: must be a full web address',
    'found "crmglobal/GLBCRMSUP"',
  ],
  [
    'a meeting naming an unknown region',
    (d: any) => (d.meetings[1].to = ['LATAM']),
    'meetings › emea-to-us › to › #1: must be one of APAC, IST, EMEA, US',
    'found "LATAM"',
  ],
  [
    'a time like 25:00',
    (d: any) => (d.meetings[0].start = '25:00'),
    'meetings › apac-to-ist-emea › start: must be a 24-hour time written HH:MM',
    'found "25:00"',
  ],
  [
    'a region left out of the rotation',
    (d: any) => (d.rotation = [['APAC'], ['IST'], ['US']]),
    'rotation: region EMEA is not in the rotation',
    FILE,
  ],
  [
    'a mailbox that is not an address',
    (d: any) => (d.reassignment.mailbox = 'sqldmmdt'),
    'reassignment › mailbox: must be an email address',
    'found "sqldmmdt"',
  ],
  [
    'a subject pattern without a placeholder',
    (d: any) => (d.reassignment.subjectPattern = 'Big Data DM, please reassign {plan} {severity} {caseNumber}'),
    'reassignment › subjectPattern: must contain each placeholder',
    FILE,
  ],
  [
    'a bad review date',
    (d: any) => (d.lastReviewed = '23/11/2026'),
    'lastReviewed: must be a date written YYYY-MM-DD',
    FILE,
  ],
])('a data file with %s', (_name, edit, expected, alsoExpected) => {
  it('is refused with a message naming the file, the entry and the field', () => {
    const message = problemsAfter(edit);
    expect(message).toContain(FILE);
    expect(message).toContain(expected);
    expect(message).toContain(alsoExpected);
  });
});

describe('YAML syntax errors', () => {
  it('name the file and the line', () => {
    expect(() => parseOrgYaml('regions:\n  - id: APAC\n   name: x\n', FILE)).toThrow(
      new RegExp(`^${FILE} has a problem[\\s\\S]*YAML syntax[\\s\\S]*line 3`),
    );
  });
});

it('lists every problem, not only the first', () => {
  const message = problemsAfter((d) => {
    delete d.regions[0].sme;
    d.meetings[2].timeZone = 'Mars/Olympus';
  });
  expect(message).toContain('has 2 problems');
  expect(message).toContain('regions › APAC › sme: is missing');
  expect(message).toContain('meetings › us-to-apac › timeZone');
});

// Issue 17: the glossary and the assumed severities, in a block of their own.
describe.each([
  [
    'a glossary entry listed twice',
    (d: any) => d.glossary.push({ ...d.glossary[0] }),
    `glossary › ${'7x24'} › id: 7x24 is listed twice`,
  ],
  [
    'one form claimed by two entries',
    (d: any) => d.glossary.find((e: any) => e.id === 'ta').forms.push('SME'),
    'glossary › ta › forms › #2: "SME" is already a form of sme',
  ],
  [
    'a glossary entry without its assumed mark',
    (d: any) => delete d.glossary.find((e: any) => e.id === 'sme').assumed,
    'glossary › sme › assumed: is missing',
  ],
  [
    'a glossary use on an unknown wiki page',
    (d: any) => (d.glossary.find((e: any) => e.id === 'sme').uses[0].seed = 'wiki'),
    'glossary › sme › uses › #1 › seed: must be handoff or fts',
  ],
  [
    'an assumed severity that is not a severity',
    (d: any) => (d.assumedSeverities = ['D']),
    'assumedSeverities › #1: D is not one of severities',
  ],
])('a data file with %s', (_name, edit, expected) => {
  it('is refused with a message naming the entry and the field', () => {
    expect(problemsAfter(edit)).toContain(expected);
  });
});

describe('the real glossary', () => {
  const org = parseOrgYaml(text, FILE);
  it.each([
    'TA',
    'M1',
    'VDM',
    'ARR',
    'in-depth',
    'IcM',
    'DM',
    'Prem/Pro',
    'IGTSC',
    'Service Desk',
    'severity',
    'hot cases',
    'OOF',
    'RCA',
    'PG',
    'CSS',
    'HO',
    'SE',
    'critsit',
    'SME',
    'IR',
    'FTS',
    'local region',
  ])('explains %s', (form) => {
    expect(org.glossary.some((e) => e.forms.includes(form))).toBe(true);
  });
  it('gives every use in the wiki’s words, and marks severity C as assumed', () => {
    for (const e of org.glossary) for (const u of e.uses) expect(u.quote.trim().length).toBeGreaterThan(0);
    expect(org.assumedSeverities).toEqual(['C']);
  });
});
