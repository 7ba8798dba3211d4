/**
 * The .ics file read back by a real iCalendar parser (ical.js): the occurrences
 * it expands, on both sides of the US and EU clock changes, must be the
 * instants the tool itself shows.
 */
import ICAL from 'ical.js';
import { describe, expect, it } from 'vitest';
import { meetingRule, windowOn } from '../../src/lib/schedule';
import { buildIcs, foldLine, zoneTransitions } from '../../src/lib/schedule/ics';
import { MEETINGS, at } from './schedule-fixture';

const NOW = at('2026-03-01T12:00:00Z');
const FIRST = { year: 2026, month: 3, day: 1 };
const ics = buildIcs(MEETINGS, { now: NOW, first: FIRST, note: 'Last reviewed 23 November 2026.' });
const meeting = (id: string) => MEETINGS.find((m) => m.id === id)!;

function parse(text: string) {
  const comp = new ICAL.Component(ICAL.parse(text));
  for (const tz of comp.getAllSubcomponents('vtimezone')) ICAL.TimezoneService.register(tz);
  return comp;
}

/** The event's occurrences (as instants) that start in [from, to). */
function occurrences(text: string, uid: string, from: number, to: number): number[] {
  const comp = parse(text);
  const vevent = comp.getAllSubcomponents('vevent').find((e) => e.getFirstPropertyValue('uid') === uid)!;
  const event = new ICAL.Event(vevent);
  const it = event.iterator();
  const out: number[] = [];
  for (let next = it.next(); next; next = it.next()) {
    const t = next.toJSDate().getTime();
    if (t >= to) break;
    if (t >= from) out.push(t);
  }
  return out;
}

/** The tool's own starts for the meeting's days in [from, to), from src/lib/schedule. */
function toolStarts(id: string, fromIso: string, days: number): number[] {
  const rule = meetingRule(meeting(id));
  const [y, m, d] = fromIso.split('-').map(Number);
  const out: number[] = [];
  for (let i = 0; i < days; i++) {
    const date = new Date(Date.UTC(y!, m! - 1, d! + i));
    const day = { year: date.getUTCFullYear(), month: date.getUTCMonth() + 1, day: date.getUTCDate() };
    if (rule.days.includes(['Sun', 'Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat'][date.getUTCDay()]!))
      out.push(windowOn(rule, day).start);
  }
  return out;
}

describe('the file', () => {
  it('has CRLF line ends only, lines of at most 75 octets, and the required properties', () => {
    expect(ics.endsWith('\r\n')).toBe(true);
    expect(ics.replace(/\r\n/g, '')).not.toMatch(/[\r\n]/);
    for (const line of ics.split('\r\n')) expect(new TextEncoder().encode(line).length).toBeLessThanOrEqual(75);
    const comp = parse(ics);
    expect(comp.getFirstPropertyValue('method')).toBe('PUBLISH');
    expect(comp.getFirstPropertyValue('version')).toBe('2.0');
    expect(comp.getAllSubcomponents('vtimezone').map((z) => z.getFirstPropertyValue('tzid'))).toEqual([
      'Asia/Shanghai',
      'Europe/London',
      'America/Los_Angeles',
    ]);
    const events = comp.getAllSubcomponents('vevent');
    expect(events).toHaveLength(3);
    for (const e of events) {
      expect(e.getFirstPropertyValue('uid')).toMatch(/@/);
      expect(e.getFirstPropertyValue('dtstamp')!.toString()).toBe('2026-03-01T12:00:00Z');
      expect(String(e.getFirstPropertyValue('rrule'))).toMatch(/^FREQ=WEEKLY;.*BYDAY=MO,TU,WE,TH,FR/);
    }
    const emea = events.find((e) => e.getFirstPropertyValue('uid') === 'emea-to-us@fts-guide.invalid')!;
    expect(emea.getFirstPropertyValue('summary')).toBe('EMEA → US handoff meeting');
    expect(emea.getFirstPropertyValue('description')).toContain('Join in Teams: https://example.com/emea-to-us');
    expect(emea.getFirstPropertyValue('url')).toBe('https://example.com/emea-to-us');
  });

  it('computes the zones’ changes from Intl, not a table', () => {
    const london = zoneTransitions('Europe/London', at('2026-01-01T00:00:00Z'), at('2027-01-01T00:00:00Z'));
    expect(london.map((t) => [new Date(t.at).toISOString(), t.from, t.to])).toEqual([
      ['2026-03-29T01:00:00.000Z', 0, 60],
      ['2026-10-25T01:00:00.000Z', 60, 0],
    ]);
    expect(zoneTransitions('Asia/Shanghai', at('2026-01-01T00:00:00Z'), at('2027-01-01T00:00:00Z'))).toEqual([]);
  });
});

describe.each([
  // Both sides of the US change (Sun 8 Mar 2026) and the EU change (Sun 29 Mar 2026), and of autumn's.
  ['emea-to-us', '2026-03-02', 35],
  ['us-to-apac', '2026-03-02', 14],
  ['apac-to-ist-emea', '2026-03-23', 14],
  ['emea-to-us', '2026-10-19', 21],
  ['us-to-apac', '2026-10-26', 14],
])('%s from %s for %i days', (id, fromIso, days) => {
  it('occurs, as ical.js expands it, at the instants the tool shows', () => {
    const starts = toolStarts(id, fromIso, days);
    const from = at(`${fromIso}T00:00:00Z`) - 86_400_000;
    const to = starts.at(-1)! + 1;
    expect(occurrences(ics, `${id}@fts-guide.invalid`, from, to).map((t) => new Date(t).toISOString())).toEqual(
      starts.map((t) => new Date(t).toISOString()),
    );
  });
});

describe('line folding', () => {
  it.each([
    ['a'.repeat(75), 1],
    ['a'.repeat(76), 2],
    ['→'.repeat(30), 2],
  ])('%s', (line, count) => {
    const folded = foldLine(line).split('\r\n');
    expect(folded).toHaveLength(count);
    for (const l of folded) expect(new TextEncoder().encode(l).length).toBeLessThanOrEqual(75);
    expect(folded.map((l, i) => (i ? l.slice(1) : l)).join('')).toBe(line);
  });
});
