import { describe, expect, it } from 'vitest';
import { emptyNote } from '../../src/lib/note/note';
import { renderMarkdown, renderPlain } from '../../src/lib/note/render';
import { READ_MESSAGES, readNote, tidyPastedText, toReceivedCase } from '../../src/lib/receive/read-note';
import { senderNow, senderRegionOf, type SenderRegionData } from '../../src/lib/receive/sender';
import { CHECKLIST_CHECKS, SECTION_CHECKS } from '../../src/lib/receive/what-to-check';
import { CHECKLIST, SECTIONS } from '../../src/lib/note/template';

const REGIONS: SenderRegionData[] = [
  {
    id: 'APAC',
    name: 'Asia-Pacific',
    aliases: [],
    timeZone: 'Asia/Shanghai',
    hours: { start: '09:00', end: '18:00', assumed: true },
    workingDays: ['Mon', 'Tue', 'Wed', 'Thu', 'Fri'],
    sme: 'An SME',
  },
  {
    id: 'IST',
    name: 'India',
    aliases: ['IGTSC'],
    timeZone: 'Asia/Kolkata',
    hours: { start: '09:00', end: '18:00', assumed: true },
    workingDays: ['Mon', 'Tue', 'Wed', 'Thu', 'Fri'],
    sme: 'An SME',
  },
  {
    id: 'EMEA',
    name: 'Europe, Middle East and Africa',
    aliases: [],
    timeZone: 'Europe/London',
    hours: { start: '09:00', end: '18:00', assumed: false },
    workingDays: ['Mon', 'Tue', 'Wed', 'Thu', 'Fri'],
    sme: 'An SME',
  },
  {
    id: 'US',
    name: 'United States',
    aliases: [],
    timeZone: 'America/Los_Angeles',
    hours: { start: '08:00', end: '17:00', assumed: true },
    workingDays: ['Mon', 'Tue', 'Wed', 'Thu', 'Fri'],
    sme: 'An SME',
  },
];

const note = emptyNote();
note.sections.summary = 'Copy fails with 403.';
note.sections.nextMsftAction = 'Call at 09:00';
note.checklist.pendingOn = 'PG';
const DETAILS = {
  caseNumber: '123',
  severity: 'B',
  supportPlan: 'Pro',
  productSkill: 'Azure Data Factory',
  targetRegion: 'US',
  is24x7: true,
};

describe('reading a pasted note', () => {
  it.each<[string, string, 'empty' | 'unrecognised' | 'read']>([
    ['nothing', '', 'empty'],
    ['white space', ' \r\n\t\u00a0', 'empty'],
    ['prose', 'Hi, can you take my case tonight? Thanks', 'unrecognised'],
    ['case details alone', 'Case number: 123\nSeverity: B', 'unrecognised'],
    ['one heading', 'Next MSFT Action\nCall at 9', 'read'],
    ['one checklist line', 'IcM ID?: 123', 'read'],
    ['the generator’s plain text', renderPlain(note, DETAILS), 'read'],
    ['the generator’s Markdown', renderMarkdown(note, DETAILS), 'read'],
  ])('%s', (_name, text, status) => {
    expect(readNote(text).status).toBe(status);
  });

  it('reads the generator’s note back into the same fields', () => {
    const read = readNote(renderPlain(note, DETAILS));
    if (read.status !== 'read') throw new Error('not read');
    expect(read.parsed.note.sections).toEqual(note.sections);
    expect(read.parsed.note.checklist).toEqual(note.checklist);
    expect(read.parsed.caseDetails).toEqual(DETAILS);
  });

  it('reads a hand-typed note with CRLF and reordered sections', () => {
    const text = [
      "Ticket's checklist",
      '=============',
      'Now the issue is pending on?: Customer',
      '',
      'Next MSFT Action',
      '=============',
      'Call at 09:00',
      '',
      'Summary',
      '=============',
      'Copy fails.',
    ].join('\r\n');
    const read = readNote(text);
    if (read.status !== 'read') throw new Error('not read');
    expect(read.text).not.toContain('\r');
    expect(read.parsed.note.sections.summary).toBe('Copy fails.');
    expect(read.parsed.note.sections.nextMsftAction).toBe('Call at 09:00');
    expect(read.parsed.note.checklist.pendingOn).toBe('Customer');
  });

  it.each<[string, string]>([
    ['a\u00a0b \r\n\r\n\r\nc', 'a b\n\nc'],
    ['\n\nx\u200b\n\n', 'x'],
    ['a\rb', 'a\nb'],
  ])('tidies %j', (text, tidy) => {
    expect(tidyPastedText(text)).toBe(tidy);
  });

  it('says what it expected', () => {
    expect(READ_MESSAGES.empty).toMatch(/Summary.*Next MSFT Action/);
    expect(READ_MESSAGES.unrecognised).toMatch(/no section heading/);
  });

  it('keeps a received case as a plain object', () => {
    const read = readNote('Case number: 42\nNext MSFT Action\nCall at 9');
    if (read.status !== 'read') throw new Error('not read');
    const received = toReceivedCase(read, { name: 'Alex', regionId: 'EMEA' }, 1000);
    expect(JSON.parse(JSON.stringify(received))).toEqual(received);
    expect(received).toMatchObject({
      caseDetails: { caseNumber: '42' },
      sender: { regionId: 'EMEA' },
      receivedAt: 1000,
    });
    expect(received.noteText).toBe('Case number: 42\nNext MSFT Action\nCall at 9');
  });
});

describe('the sender’s region', () => {
  it.each<[string, string | undefined]>([
    ['From: EMEA\nSummary', 'EMEA'],
    ['Sender region: IST', 'IST'],
    ["Sender's region: APAC", 'APAC'],
    ['- **From region:** US', 'US'],
    ['Handed over from IGTSC at the meeting', 'IST'],
    ['Handoff from EMEA to US', 'EMEA'],
    ['From: Alex Example (India)', 'IST'],
    ['From: Alex Example <alex@contoso.com>', undefined],
    ['From: us', undefined],
    ['Target region: US', undefined],
    ['Summary\n=====\nThe customer is in EMEA.', undefined],
    ['', undefined],
  ])('%j', (text, region) => {
    expect(senderRegionOf(text, REGIONS)).toBe(region);
  });

  it.each<[string, number, Partial<ReturnType<typeof senderNow>>]>([
    [
      'on shift in London',
      Date.UTC(2026, 11, 1, 14, 5),
      {
        time: 'Tue 1 Dec, 14:05',
        offset: 'UTC+00:00',
        state: 'on',
        shiftEnds: '18:00 their time, in 3 h 55 min',
        hoursAssumed: false,
      },
    ],
    [
      'after hours in London',
      Date.UTC(2026, 11, 1, 19, 0),
      { state: 'off', shift: 'Off shift; the next shift starts Wed 2 Dec, 09:00 their time.' },
    ],
    [
      'a Saturday in London',
      Date.UTC(2026, 11, 5, 12, 0),
      { state: 'weekend', shift: 'Weekend there; the next shift starts Mon 7 Dec, 09:00 their time.' },
    ],
    ['summer time', Date.UTC(2026, 6, 1, 12, 0), { time: 'Wed 1 Jul, 13:00', offset: 'UTC+01:00' }],
  ])('%s', (_name, now, expected) => {
    expect(senderNow(REGIONS[2]!, now)).toMatchObject(expected);
  });
});

describe('what a receiver checks, from the template', () => {
  it('follows the template’s sections and checklist', () => {
    expect(SECTION_CHECKS.map((c) => c.label)).toEqual(SECTIONS.map((s) => s.heading));
    expect(CHECKLIST_CHECKS.map((c) => c.label)).toEqual(CHECKLIST.map((c) => c.label));
    for (const c of [...SECTION_CHECKS, ...CHECKLIST_CHECKS]) expect(c.ask).toMatch(/\S/);
  });
});
