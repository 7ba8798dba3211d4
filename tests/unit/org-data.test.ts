import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseDocument } from 'yaml';
import { OrgDataError, parseOrgYaml, validateOrg } from '../../src/lib/org-data';
import { REGION_IDS, TEXT_LIMITS, timeZoneProblem } from '../../src/lib/org-schema';
import { noMeetingSentence, noMeetingWhen, weekendAnswer } from '../../src/lib/meeting-days';

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

describe('time zones: only IANA names of places', () => {
  it.each(['Asia/Kolkata', 'Europe/London', 'America/Los_Angeles', 'Asia/Shanghai', 'America/Argentina/Buenos_Aires'])(
    '%s is accepted',
    (zone) => {
      expect(timeZoneProblem(zone)).toBeUndefined();
      expect(() => problemsAfter((d) => (d.regions[3].timeZone = zone))).toThrow(
        'expected the edited data to be rejected',
      );
    },
  );

  describe.each([
    ['-08:00', 'is an offset, not an IANA time zone name: offsets are refused'],
    ['+05:30', 'is an offset, not an IANA time zone name: offsets are refused'],
    ['+0530', 'is an offset, not an IANA time zone name: offsets are refused'],
    ['UTC+8', 'is an offset, not an IANA time zone name: offsets are refused'],
    ['GMT-5', 'is an offset, not an IANA time zone name: offsets are refused'],
    ['PST', 'is an abbreviation, not an IANA time zone name: abbreviations are refused'],
    ['IST', 'is an abbreviation, not an IANA time zone name: abbreviations are refused'],
    ['EST5EDT', 'is an abbreviation, not an IANA time zone name: abbreviations are refused'],
    ['UTC', 'is an abbreviation, not an IANA time zone name: abbreviations are refused'],
    ['Etc/GMT+8', 'is an Etc/ zone, a fixed offset, not a place: Etc/ zones are refused'],
    ['Etc/UTC', 'is an Etc/ zone, a fixed offset, not a place: Etc/ zones are refused'],
    ['US/Pacific', 'is not a known IANA time zone'],
    ['Asia/Bangalore', 'is not a known IANA time zone'],
    ['Mars/Olympus', 'is not a known IANA time zone'],
  ])('%s', (zone, message) => {
    it('is refused with its reason, at the field, in a region and in a meeting', () => {
      expect(problemsAfter((d) => (d.regions[3].timeZone = zone))).toContain(`regions › US › timeZone: ${message}`);
      expect(problemsAfter((d) => (d.meetings[1].timeZone = zone))).toContain(
        `meetings › emea-to-us › timeZone: ${message}`,
      );
      expect(timeZoneProblem(zone)).toContain('use an IANA name such as "Asia/Kolkata"');
    });
  });
});

describe('meeting days: never on a day of noMeetingDays', () => {
  it.each([
    [
      ['Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat'],
      ['Sat', 'Sun'],
      'meetings › emea-to-us › days › #6: Sat is one of noMeetingDays',
    ],
    [['Sat', 'Sun'], ['Sat', 'Sun'], 'meetings › emea-to-us › days › #2: Sun is one of noMeetingDays'],
    [['Mon', 'Fri'], ['Fri'], 'meetings › emea-to-us › days › #2: Fri is one of noMeetingDays'],
  ])('days %j with noMeetingDays %j are refused', (days, rule, message) => {
    const text = problemsAfter((d) => {
      d.meetings[1].days = days;
      d.noMeetingDays = rule;
    });
    expect(text).toContain(message);
    expect(text).toContain("take it out of this meeting's days, or out of noMeetingDays");
  });

  it.each([
    [
      ['Sat', 'Sun'],
      ['Mon', 'Tue', 'Wed', 'Thu', 'Fri'],
    ],
    [[], ['Sat', 'Sun']],
    [['Sun'], ['Mon', 'Sat']],
  ])('noMeetingDays %j allows a meeting on %j', (rule, days) => {
    expect(() =>
      problemsAfter((d) => {
        d.meetings[1].days = days;
        d.noMeetingDays = rule;
      }),
    ).toThrow('expected the edited data to be rejected');
  });

  it('is a field of the data, not a sentence in the code', () => {
    expect(problemsAfter((d) => delete d.noMeetingDays)).toContain('noMeetingDays: is missing');
    expect(problemsAfter((d) => (d.noMeetingDays = ['Saturday']))).toContain(
      'noMeetingDays › #1: must be one of Mon, Tue, Wed, Thu, Fri, Sat, Sun',
    );
  });
});

describe('the no-meeting rule in words', () => {
  it.each([
    [['Sat', 'Sun'], 'at weekends', 'There is no handoff meeting at weekends.'],
    [['Sun', 'Sat'], 'at weekends', 'There is no handoff meeting at weekends.'],
    [['Sun'], 'on Sunday', 'There is no handoff meeting on Sunday.'],
    [['Fri', 'Sat', 'Sun'], 'at weekends or on Friday', 'There is no handoff meeting at weekends or on Friday.'],
    [['Mon', 'Wed'], 'on Monday and Wednesday', 'There is no handoff meeting on Monday and Wednesday.'],
    [[], '', ''],
  ] as const)('%j: %j', (rule, when, sentence) => {
    expect(noMeetingWhen(rule)).toBe(when);
    expect(noMeetingSentence(rule)).toBe(sentence);
  });

  const weekdays = [{ name: 'A → B', days: ['Mon', 'Tue', 'Wed', 'Thu', 'Fri'] as const }];
  it.each([
    [
      ['Sat', 'Sun'],
      weekdays,
      'No. There is no handoff meeting at weekends: the meetings are held Monday to Friday, counted in each meeting’s own time zone.',
    ],
    [[], weekdays, 'Not at present: the meetings are held Monday to Friday, counted in each meeting’s own time zone.'],
    [
      ['Sun'],
      [{ name: 'A → B', days: ['Mon', 'Sat'] as const }],
      'Some are: A → B on Monday and Saturday, counted in each meeting’s own time zone. There is no handoff meeting on Sunday.',
    ],
  ] as const)('the weekend answer for %j', (rule, meetings, answer) => {
    expect(weekendAnswer(rule, meetings)).toBe(answer);
  });
});

describe('text fields: a sensible maximum length, with a message', () => {
  const long = (n: number) => 'x'.repeat(n);
  it.each([
    ['an SME name', (d: any, v: string) => (d.regions[0].sme = v), TEXT_LIMITS.name, 'regions › APAC › sme'],
    ['a region name', (d: any, v: string) => (d.regions[1].name = v), TEXT_LIMITS.name, 'regions › IST › name'],
    ['an alias', (d: any, v: string) => (d.regions[1].aliases = [v]), TEXT_LIMITS.name, 'regions › IST › aliases › #1'],
    ['the team name', (d: any, v: string) => (d.team.name = v), TEXT_LIMITS.name, 'team › name'],
    ['a support plan', (d: any, v: string) => (d.supportPlans[0] = v), TEXT_LIMITS.name, 'supportPlans › #1'],
    [
      'a product skill',
      (d: any, v: string) => (d.productSkills.items[0] = v),
      TEXT_LIMITS.name,
      'productSkills › items › #1',
    ],
    ['a link title', (d: any, v: string) => (d.links.ftsTool.title = v), TEXT_LIMITS.title, 'links › ftsTool › title'],
    [
      'a link description',
      (d: any, v: string) => (d.links.ftsTool.description = v),
      TEXT_LIMITS.text,
      'links › ftsTool › description',
    ],
    [
      'a document title',
      (d: any, v: string) => (d.documents.seGuide.title = v),
      TEXT_LIMITS.title,
      'documents › seGuide › title',
    ],
    ['a go-live purpose', (d: any, v: string) => (d.goLive[0].purpose = v), TEXT_LIMITS.text, 'goLive › #1 › purpose'],
    [
      'a channel',
      (d: any, v: string) => (d.assignmentLeads.channel = v),
      TEXT_LIMITS.name,
      'assignmentLeads › channel',
    ],
  ])('%s holds %i characters, not one more', (_, edit, max, where) => {
    expect(() => problemsAfter((d) => edit(d, long(max)))).toThrow('expected the edited data to be rejected');
    expect(problemsAfter((d) => edit(d, long(max + 1)))).toContain(
      `${where}: must be at most ${max} characters (it has ${max + 1})`,
    );
  });

  it('a web address holds up to 2000 characters', () => {
    const url = (n: number) => `https://example.com/${'a'.repeat(n - 20)}`;
    expect(() => problemsAfter((d) => (d.links.ftsTool.url = url(2000)))).toThrow('expected the edited data');
    expect(problemsAfter((d) => (d.links.ftsTool.url = url(2001)))).toContain(
      'links › ftsTool › url: must be at most 2000 characters',
    );
  });
});

describe('web addresses: http(s) only, and nothing but the address', () => {
  it.each([
    ['javascript:alert(1)', 'must be a full web address starting with https://'],
    ['data:text/html,<script>alert(1)</script>', 'must be a full web address starting with https://'],
    ['ftp://example.com/x', 'must be a full web address starting with https://'],
    ['https://example.com/ <script>alert(1)</script>', 'must be a web address alone: no spaces, quotes or < >'],
    ['https://example.com/"onmouseover="x()', 'must be a web address alone: no spaces, quotes or < >'],
  ])('%j is refused', (url, message) => {
    expect(problemsAfter((d) => (d.links.caseTransfer.url = url))).toContain(`links › caseTransfer › url: ${message}`);
    expect(problemsAfter((d) => (d.meetings[0].joinUrl = url))).toContain(
      `meetings › apac-to-ist-emea › joinUrl: ${message}`,
    );
  });

  it.each([['javascript:alert(1)'], ['<script>x()</script>@example.com'], ['team@example.com<img src=x>']])(
    'the mailbox %j is refused',
    (mailbox) => {
      expect(problemsAfter((d) => (d.reassignment.mailbox = mailbox))).toContain(
        'reassignment › mailbox: must be an email address',
      );
    },
  );
});
