import { describe, expect, it } from 'vitest';
import {
  actionPhrase,
  buildReply,
  caseNotesLine,
  instantFromFields,
  questionList,
  readBackProblems,
  whenPhrase,
  type ReadBackInput,
  type ReplyZones,
} from '../../src/lib/receive/read-back';

// 06:00 UTC on Tue 1 Dec 2026: 14:00 in Shanghai, 06:00 in London, 22:00 (Mon) in Los Angeles.
const BY = Date.UTC(2026, 11, 1, 6, 0);
const SHANGHAI: ReplyZones = { mine: 'Asia/Shanghai', theirs: 'Europe/London' };

const input = (over: Partial<ReadBackInput>): ReadBackInput => ({
  caseNumber: '1234567890123456',
  nextAction: 'Rerun the pipeline with the customer',
  by: BY,
  questions: '',
  ...over,
});

describe('the read-back reply', () => {
  it.each<[string, Partial<ReadBackInput>, ReplyZones, string]>([
    [
      'the issue’s own shape',
      { questions: 'Was the IP added?' },
      SHANGHAI,
      'I have case 1234567890123456. I’ll rerun the pipeline with the customer by Tue 1 Dec, 14:00 my time (Tue 1 Dec, 06:00 yours).\nQuestions: Was the IP added?'.replace(
        '’',
        "'",
      ),
    ],
    [
      'no questions',
      {},
      SHANGHAI,
      "I have case 1234567890123456. I'll rerun the pipeline with the customer by Tue 1 Dec, 14:00 my time (Tue 1 Dec, 06:00 yours).\nNo questions for now.",
    ],
    [
      'several questions, numbered, list marks and blank lines dropped',
      { questions: '- Was the IP added?\n\n2) Who is the network contact?\r\n' },
      SHANGHAI,
      "I have case 1234567890123456. I'll rerun the pipeline with the customer by Tue 1 Dec, 14:00 my time (Tue 1 Dec, 06:00 yours).\nQuestions:\n1. Was the IP added?\n2. Who is the network contact?",
    ],
    [
      'the sender a day behind',
      {},
      { mine: 'Asia/Shanghai', theirs: 'America/Los_Angeles' },
      "I have case 1234567890123456. I'll rerun the pipeline with the customer by Tue 1 Dec, 14:00 my time (Mon 30 Nov, 22:00 yours).\nNo questions for now.",
    ],
    [
      'sender’s region not known: my offset instead',
      {},
      { mine: 'Asia/Shanghai' },
      "I have case 1234567890123456. I'll rerun the pipeline with the customer by Tue 1 Dec, 14:00 my time (UTC+08:00).\nNo questions for now.",
    ],
    [
      'same clock on both sides',
      {},
      { mine: 'Europe/London', theirs: 'Europe/Dublin' },
      "I have case 1234567890123456. I'll rerun the pipeline with the customer by Tue 1 Dec, 06:00, your time too.\nNo questions for now.",
    ],
    [
      'no case number',
      { caseNumber: ' ' },
      SHANGHAI,
      "I have the case. I'll rerun the pipeline with the customer by Tue 1 Dec, 14:00 my time (Tue 1 Dec, 06:00 yours).\nNo questions for now.",
    ],
  ])('%s', (_name, over, zones, plain) => {
    expect(buildReply(input(over), zones)?.plain).toBe(plain);
  });

  it('escapes every value in the rich reply', () => {
    const reply = buildReply(
      input({
        caseNumber: '<b>1</b>',
        nextAction: 'check <img src=x onerror=alert(1)> & "quotes"',
        questions: "<script>alert('x')</script>\nSecond & last",
      }),
      SHANGHAI,
    )!;
    expect(reply.html).not.toMatch(/<(img|script|b)\b/);
    expect(reply.html).toContain('I have case <strong>&#60;b&#62;1&#60;/b&#62;</strong>.');
    expect(reply.html).toContain('check &#60;img src=x onerror=alert(1)&#62; &#38; &#34;quotes&#34;');
    expect(reply.html).toContain(
      '<li>&#60;script&#62;alert(&#39;x&#39;)&#60;/script&#62;</li><li>Second &#38; last</li>',
    );
    // The plain reply keeps the text as typed.
    expect(reply.plain).toContain("1. <script>alert('x')</script>");
  });

  it.each<[string, Partial<ReadBackInput>, string[]]>([
    ['complete', {}, []],
    ['no action', { nextAction: '  ' }, ['nextAction']],
    ['no time', { by: undefined }, ['by']],
    ['neither', { nextAction: '', by: undefined }, ['nextAction', 'by']],
  ])('what is missing: %s', (_name, over, fields) => {
    expect(readBackProblems(input(over)).map((p) => p.field)).toEqual(fields);
    expect(buildReply(input(over), SHANGHAI) === undefined).toBe(fields.length > 0);
  });

  it.each<[string, string]>([
    ['Rerun the pipeline.', 'rerun the pipeline'],
    ["I'll call the customer!", 'call the customer'],
    ['I will  call\nthe customer', 'call the customer'],
    ['IcM follow-up with PG', 'IcM follow-up with PG'],
    ['ADF rerun', 'ADF rerun'],
  ])('the action %j reads as %j', (text, phrase) => {
    expect(actionPhrase(text)).toBe(phrase);
  });

  it.each<[string, string[]]>([
    ['', []],
    ['One?', ['One?']],
    ['* a\n• b\n3. c\n  \n', ['a', 'b', 'c']],
  ])('questions %j', (text, list) => {
    expect(questionList(text)).toEqual(list);
  });

  it('speaks of the day when the days differ', () => {
    expect(whenPhrase(BY, { mine: 'Asia/Kolkata', theirs: 'America/Los_Angeles' })).toBe(
      'by Tue 1 Dec, 11:30 my time (Mon 30 Nov, 22:00 yours)',
    );
  });
});

describe('the date and time fields', () => {
  it.each<[string, string, string, number | undefined]>([
    ['2026-12-01', '14:00', 'Asia/Shanghai', BY],
    ['2026-12-01', '06:00', 'Europe/London', BY],
    ['2026-12-01', '', 'Asia/Shanghai', undefined],
    ['', '14:00', 'Asia/Shanghai', undefined],
    ['2026-02-30', '14:00', 'Asia/Shanghai', undefined],
    ['2026-12-01', '24:00', 'Asia/Shanghai', undefined],
  ])('%s %s in %s', (date, time, zone, expected) => {
    expect(instantFromFields(date, time, zone)).toBe(expected);
  });
});

describe('the case-notes line', () => {
  it.each<[string, { name: string; regionId: string }, string, string]>([
    [
      'name and region',
      { name: 'Alex Example', regionId: 'EMEA' },
      'Asia/Shanghai',
      'Received from Alex Example (EMEA) on 2026-12-01 14:00 (UTC+08:00); read back.',
    ],
    [
      'name only',
      { name: ' Alex  Example ', regionId: '' },
      'Europe/London',
      'Received from Alex Example on 2026-12-01 06:00 (UTC+00:00); read back.',
    ],
    [
      'region only',
      { name: '', regionId: 'US' },
      'Asia/Kolkata',
      'Received from US on 2026-12-01 11:30 (UTC+05:30); read back.',
    ],
    [
      'neither',
      { name: '', regionId: '' },
      'America/Los_Angeles',
      'Received on 2026-11-30 22:00 (UTC-08:00); read back.',
    ],
  ])('%s', (_name, sender, zone, line) => {
    expect(caseNotesLine(sender, BY, zone)).toBe(line);
  });
});
