import { describe, expect, it } from 'vitest';
import { EMPTY_CASE_DETAILS } from '../../src/lib/case-details';
import {
  DRAFT_MAX_AGE_MS,
  decodeDraft,
  decodeSetAside,
  encodeDraft,
  newSetAsideKey,
  type Draft,
} from '../../src/lib/note/draft';
import { emptyNote } from '../../src/lib/note/note';

const NOW = Date.UTC(2026, 10, 23, 12, 0, 0);
const DAY = 24 * 60 * 60 * 1000;

const draft = (savedAt = NOW): Draft => {
  const note = emptyNote();
  note.sections.summary = 'Copy fails <script>';
  note.checklist.pendingOn = 'PG';
  note.optional.ruledOut = true;
  return {
    version: 1,
    savedAt,
    caseDetails: { ...EMPTY_CASE_DETAILS, caseNumber: '42', is24x7: true },
    note,
    includeCaseDetails: false,
  };
};

describe('decodeDraft', () => {
  it('gives back what was encoded', () => {
    expect(decodeDraft(encodeDraft(draft()), NOW)).toEqual({ kind: 'ok', draft: draft() });
  });

  it.each([
    ['13 days', 13 * DAY, 'ok'],
    ['exactly 14 days', DRAFT_MAX_AGE_MS, 'ok'],
    ['14 days and a minute', DRAFT_MAX_AGE_MS + 60_000, 'expired'],
    ['a year', 365 * DAY, 'expired'],
  ])('a draft %s old is %s', (_label, age, kind) => {
    expect(decodeDraft(encodeDraft(draft(NOW - age)), NOW).kind).toBe(kind);
  });

  it.each([
    [null, 'none'],
    ['', 'none'],
  ])('%j means no draft', (raw, kind) => expect(decodeDraft(raw, NOW).kind).toBe(kind));

  describe.each([
    ['not JSON', '{"version":1,', /not valid JSON/],
    ['an old format', JSON.stringify({ version: 0, text: 'old' }), /another format \(version 0\)/],
    ['a future format', JSON.stringify({ version: 2 }), /version 2/],
    ['no version', JSON.stringify({ savedAt: NOW }), /version/],
    [
      'a wrong field type',
      JSON.stringify({ ...draft(), note: { sections: { summary: 42 } } }),
      /note\.sections\.summary/,
    ],
    ['a bad date', JSON.stringify({ ...draft(), savedAt: 'yesterday' }), /savedAt/],
    ['an array', '[]', /./],
    ['a string', '"hello"', /./],
  ])('%s', (_label, raw, reason) => {
    it('is set aside with a reason, never thrown', () => {
      const result = decodeDraft(raw, NOW);
      expect(result.kind).toBe('invalid');
      if (result.kind === 'invalid') expect(result.reason).toMatch(reason);
    });
  });

  it('fills fields missing from a valid draft and drops unknown ones', () => {
    const result = decodeDraft(
      JSON.stringify({ version: 1, savedAt: NOW, extra: 1, note: { sections: { summary: 'x' } } }),
      NOW,
    );
    expect(result.kind).toBe('ok');
    if (result.kind !== 'ok') return;
    expect(result.draft.note.sections.summary).toBe('x');
    expect(result.draft.note.sections.handoffNotes).toBe('');
    expect(result.draft.note.checklist.icmId).toBe('');
    expect(result.draft.caseDetails).toEqual(EMPTY_CASE_DETAILS);
    expect(result.draft.includeCaseDetails).toBe(false);
    expect('extra' in result.draft).toBe(false);
  });
});

describe('decodeSetAside', () => {
  it.each([
    [JSON.stringify({ at: NOW - DAY, raw: 'x' }), { at: NOW - DAY, raw: 'x' }],
    [JSON.stringify({ at: NOW - 15 * DAY, raw: 'x' }), null],
    // A copy whose own record cannot be read is kept as it is, never dropped.
    ['garbage', { at: NOW, raw: 'garbage' }],
    [JSON.stringify({ raw: 'no time' }), { at: NOW, raw: JSON.stringify({ raw: 'no time' }) }],
    [null, null],
  ])('%j → %j', (raw, expected) => expect(decodeSetAside(raw, NOW)).toEqual(expected));
});

describe('newSetAsideKey: a key of its own for each copy', () => {
  it.each<[string[], number, string]>([
    [[], 7, 'fts-guide:note-set-aside'],
    [['fts-guide:note-set-aside'], 7, 'fts-guide:note-set-aside:7'],
    [['fts-guide:note-set-aside', 'fts-guide:note-set-aside:7'], 7, 'fts-guide:note-set-aside:8'],
    [['fts-guide:note-set-aside:7'], 7, 'fts-guide:note-set-aside'],
  ])('in use %j at %i → %s', (inUse, at, key) => expect(newSetAsideKey(inUse, at)).toBe(key));
});
