import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import {
  SAFE_MAILTO_LENGTH,
  buildMailto,
  buildReadyMail,
  encodeMailtoValue,
  toCrlf,
} from '../../src/lib/reassign/mailto';
import { parseMailto } from '../support/parse-mailto';
import { BODY_TEXT, buildRequestBodies } from '../../src/lib/reassign/request-body';
import { buildSubject } from '../../src/lib/reassign/subject';

const MAILBOX = 'sqldmmdt@microsoft.com';
const PATTERN = 'Big Data DM, please reassign {plan} {severity} {caseNumber} to {region} SE - Skill: {skill}';
const VALUES = {
  supportPlan: 'Prem',
  severity: 'A',
  caseNumber: '2311010040001234',
  targetRegion: 'US',
  productSkill: 'Azure Data Factory',
};

describe.each([
  ['plain words', 'Big Data DM', 'Big%20Data%20DM'],
  ['& ? # % +', 'a&b?c#d%e+f', 'a%26b%3Fc%23d%25e%2Bf'],
  ['= and , (header separators)', 'x=1, y', 'x%3D1%2C%20y'],
  ['non-ASCII as UTF-8', 'Über 数据', '%C3%9Cber%20%E6%95%B0%E6%8D%AE'],
  ['an emoji', '🚀', '%F0%9F%9A%80'],
  ['half an emoji (cut text) becomes U+FFFD instead of throwing', 'a\uD83D', 'a%EF%BF%BD'],
])('encodeMailtoValue: %s', (_name, text, encoded) => {
  it(`gives ${encoded}`, () => expect(encodeMailtoValue(text)).toBe(encoded));
});

describe.each([
  ['LF', 'a\nb', 'a\r\nb'],
  ['CRLF stays', 'a\r\nb', 'a\r\nb'],
  ['lone CR', 'a\rb', 'a\r\nb'],
  ['mixed and blank lines', 'a\n\r\nb\r\rc\n', 'a\r\n\r\nb\r\n\r\nc\r\n'],
])('toCrlf: %s', (_name, text, crlf) => {
  it('gives CRLF line breaks', () => expect(toCrlf(text)).toBe(crlf));
});

describe.each([
  ['the wiki example', buildSubjectText(VALUES), 'Hello,\nPlease reassign.'],
  ['& ? # % + in the subject and body', 'A & B? #1 100% C++ a+b=c', 'x & y? #2\n50% + 1 = 51%'],
  ['a non-ASCII skill', buildSubjectText({ ...VALUES, productSkill: 'Überwachung – 数据工厂 ✓' }), 'Grüße\n— 🚀'],
  ['an empty body', 'Subject only', ''],
  ['what looks like another header', 'a&body=evil&cc=x@y.z', 'b&subject=other'],
  ['percent sequences stay literal', '%20%0D%0A%', '%41\n%'],
])('buildMailto: %s', (_name, subject, body) => {
  const href = buildMailto({ to: MAILBOX, subject, body });
  it('decodes to exactly the subject and body (CRLF line breaks)', () => {
    const parsed = parseMailto(href);
    expect(parsed.to).toEqual([MAILBOX]);
    expect(parsed.subject).toBe(subject);
    expect(parsed.body).toBe(toCrlf(body));
    expect(Object.keys(parsed.headers)).toEqual(['subject', 'body']);
  });
  it('never uses + for a space, and has no raw space, line break, # or non-ASCII', () => {
    expect(href).not.toMatch(/[\s#]/);
    expect(href).not.toMatch(/[^\x21-\x7e]/);
    expect(href.replace(/^mailto:[^?]*/, '')).not.toMatch(/\+/);
  });
  it('keeps the address readable', () => expect(href.startsWith(`mailto:${MAILBOX}?subject=`)).toBe(true));
});

describe('buildMailto', () => {
  it('gives the exact link for a small mail', () => {
    expect(buildMailto({ to: 'dm@example.com', subject: 'A & B', body: 'line 1\nline 2' })).toBe(
      'mailto:dm@example.com?subject=A%20%26%20B&body=line%201%0D%0Aline%202',
    );
  });
  it('leaves out what is not given', () => {
    expect(buildMailto({ to: 'dm@example.com' })).toBe('mailto:dm@example.com');
  });
  it('encodes an address with special characters but keeps @', () => {
    expect(buildMailto({ to: 'a+b&c@example.com' })).toBe('mailto:a%2Bb%26c@example.com');
  });
});

describe('parseMailto', () => {
  it('reads + as a plus sign, not a space', () => expect(parseMailto('mailto:a@b.c?subject=1+1').subject).toBe('1+1'));
  it('adds recipients from a to header', () =>
    expect(parseMailto('mailto:a@b.c?to=d@e.f&subject=x').to).toEqual(['a@b.c', 'd@e.f']));
  it('refuses something that is not a mailto link', () => expect(() => parseMailto('https://x')).toThrow(/mailto/));
});

describe('mailto round trip (property)', () => {
  it('decoding gives back exactly the subject and the CRLF body, for any text', () => {
    fc.assert(
      fc.property(
        fc.string({ unit: 'grapheme', maxLength: 200 }),
        fc.string({ unit: 'grapheme', maxLength: 600 }),
        (subject, body) => {
          const href = buildMailto({ to: MAILBOX, subject, body });
          const parsed = parseMailto(href);
          expect(parsed.subject).toBe(subject);
          expect(parsed.body).toBe(toCrlf(body));
          expect(href).not.toMatch(/[^\x21-\x7e]/);
        },
      ),
    );
  });
});

describe('buildRequestBodies', () => {
  it('without a note, is a short plain request', () => {
    const bodies = buildRequestBodies(VALUES);
    expect(bodies).toEqual({
      hasNote: false,
      full: bodies.short,
      short: [
        'Hello,',
        '',
        'Please reassign this case to the US region.',
        '',
        'Case number: 2311010040001234',
        'Support plan: Prem',
        'Severity: A',
        'Product skill: Azure Data Factory',
        '',
        'Thank you.',
      ].join('\n'),
    });
  });
  it('with a note, carries it as it is (blank lines around trimmed)', () => {
    const bodies = buildRequestBodies(VALUES, '\n\nSummary\n=============\nCopy fails.\n  indented\n\n');
    expect(bodies.hasNote).toBe(true);
    expect(bodies.full).toContain(
      `${BODY_TEXT.noteHeading}\n\nSummary\n=============\nCopy fails.\n  indented\n\nThank you.`,
    );
    expect(bodies.short).toContain(BODY_TEXT.notePlaceholder);
    expect(bodies.short).not.toContain('Copy fails');
  });
  it('treats a blank note as no note', () => expect(buildRequestBodies(VALUES, ' \n\t ').hasNote).toBe(false));
});

describe.each([
  ['no note', '', true],
  ['a short note', 'Summary\n=============\nCopy activity fails & retries 100% of the time.', true],
  ['a note just under the limit', null, true],
  ['a note just over the limit', null, false],
  ['a long note (20,000 characters)', 'x & y # 100%\n'.repeat(1540), false],
  ['a long non-ASCII note', '数据工厂复制失败。\n'.repeat(60), false],
])('buildReadyMail with %s', (name, givenNote, fits) => {
  const subject = buildSubjectText(VALUES);
  const note =
    givenNote ?? noteOfLinkLength(subject, name.includes('over') ? SAFE_MAILTO_LENGTH + 1 : SAFE_MAILTO_LENGTH);
  const bodies = buildRequestBodies(VALUES, note);
  const mail = buildReadyMail({ to: MAILBOX, subject, fullBody: bodies.full, shortBody: bodies.short });
  it(fits ? 'carries the whole note' : 'falls back to the short body and says so', () => {
    expect(mail.fullBodyIncluded).toBe(fits);
    expect(parseMailto(mail.href).body).toBe(toCrlf(fits ? bodies.full : bodies.short));
    expect(mail.body).toBe(toCrlf(fits ? bodies.full : bodies.short));
  });
  it('stays within the safe length', () => {
    expect(mail.href.length).toBeLessThanOrEqual(SAFE_MAILTO_LENGTH);
    expect(mail.overLimit).toBe(false);
  });
  it('decodes to the same subject', () => expect(parseMailto(mail.href).subject).toBe(subject));
});

describe('buildReadyMail when even the short link is too long', () => {
  it('flags it', () => {
    const mail = buildReadyMail({ to: MAILBOX, subject: 'x'.repeat(2000), fullBody: 'a', shortBody: 'a' });
    expect(mail).toMatchObject({ fullBodyIncluded: false, overLimit: true });
  });
  it('takes another limit', () => {
    expect(buildReadyMail({ to: MAILBOX, subject: 's', fullBody: 'long body', shortBody: 'b' }, 40)).toMatchObject({
      fullBodyIncluded: false,
      body: 'b',
    });
  });
});

function buildSubjectText(values: typeof VALUES): string {
  const result = buildSubject(PATTERN, values);
  if (!result.ok) throw new Error('test data incomplete');
  return result.subject;
}

/** A note of plain letters that makes the full link exactly `length` characters long. */
function noteOfLinkLength(subject: string, length: number): string {
  const base = buildMailto({ to: MAILBOX, subject, body: buildRequestBodies(VALUES, 'x').full }).length;
  const note = 'x'.repeat(length - base + 1);
  const bodies = buildRequestBodies(VALUES, note);
  expect(buildMailto({ to: MAILBOX, subject, body: bodies.full }).length).toBe(length);
  return note;
}
