import { describe, expect, it } from 'vitest';
import {
  DRAFT_MAX_AGE_MS,
  EMPTY_PROGRESS,
  decodeSetAside,
  encodeSetAside,
  isEmptyProgress,
  otherTabChange,
  parseGuidedDraft,
  progressKey,
  serializeGuidedDraft,
  setAsideText,
} from '../../src/lib/guided-draft';

const NOW = Date.UTC(2026, 10, 23, 12, 0);

describe('guided draft', () => {
  it('round-trips answers and ticks', () => {
    const text = serializeGuidedDraft(
      { answers: { is24x7: 'yes', delivered: 'no' }, done: ['title', 'note'], caseTitle: 'Copy fails' },
      NOW,
    );
    expect(parseGuidedDraft(text, NOW + 1000)).toEqual({
      status: 'ok',
      draft: {
        savedAt: NOW,
        answers: { is24x7: 'yes', delivered: 'no' },
        done: ['note', 'title'],
        caseTitle: 'Copy fails',
      },
    });
  });

  describe.each<[string, string | null, number, string]>([
    ['nothing stored', null, NOW, 'none'],
    ['not JSON', '{oops', NOW, 'corrupt'],
    ['another shape', '{"version":2,"savedAt":1,"answers":{},"done":[]}', NOW, 'corrupt'],
    ['a bare value', '"hello"', NOW, 'corrupt'],
    ['exactly 14 days old', serializeGuidedDraft(EMPTY_PROGRESS, NOW - DRAFT_MAX_AGE_MS), NOW, 'ok'],
    ['older than 14 days', serializeGuidedDraft(EMPTY_PROGRESS, NOW - DRAFT_MAX_AGE_MS - 1), NOW, 'expired'],
  ])('%s', (_name, stored, now, status) => {
    it(`loads as ${status}`, () => {
      expect(parseGuidedDraft(stored, now).status).toBe(status);
    });
  });

  it('drops unknown answers and steps from a valid record', () => {
    const stored = JSON.stringify({
      version: 1,
      savedAt: NOW,
      answers: { is24x7: 'maybe', impact: 'not-a', extra: 'yes' },
      done: ['brief', 'launch', 'note'],
    });
    expect(parseGuidedDraft(stored, NOW)).toEqual({
      status: 'ok',
      draft: { savedAt: NOW, answers: { impact: 'not-a' }, done: ['note', 'brief'], caseTitle: '' },
    });
  });

  it('knows an empty draft', () => {
    expect(isEmptyProgress(EMPTY_PROGRESS)).toBe(true);
    expect(isEmptyProgress({ ...EMPTY_PROGRESS, caseTitle: '  ' })).toBe(true);
    expect(isEmptyProgress({ ...EMPTY_PROGRESS, answers: { is24x7: 'no' } })).toBe(false);
    expect(isEmptyProgress({ ...EMPTY_PROGRESS, done: ['note'] })).toBe(false);
    expect(isEmptyProgress({ ...EMPTY_PROGRESS, caseTitle: 'x' })).toBe(false);
  });
});

describe('progressKey: the same progress, whenever it was saved', () => {
  const progress = { answers: { is24x7: 'yes' as const }, done: ['note' as const], caseTitle: 'Copy fails' };
  it('is empty for nothing to store, and the same for the same progress in another order', () => {
    expect(progressKey(EMPTY_PROGRESS)).toBe('');
    expect(progressKey({ ...EMPTY_PROGRESS, caseTitle: ' ' })).toBe('');
    expect(progressKey({ ...progress, done: ['title', 'note'] })).toBe(
      progressKey({ ...progress, done: ['note', 'title'] }),
    );
    expect(progressKey(progress)).not.toBe(progressKey({ ...progress, caseTitle: 'Copy fails again' }));
  });
});

describe('set-aside progress', () => {
  const copy = (at: number, raw: string) => ({ at, raw });
  describe.each<[string, string | null, { at: number; raw: string }[]]>([
    ['nothing stored', null, []],
    ['one copy', JSON.stringify([copy(NOW - 1000, '{oops')]), [copy(NOW - 1000, '{oops')]],
    [
      'two copies, oldest first',
      JSON.stringify([copy(NOW - 10, 'second'), copy(NOW - 20, 'first')]),
      [copy(NOW - 20, 'first'), copy(NOW - 10, 'second')],
    ],
    [
      'a copy exactly 14 days old',
      JSON.stringify([copy(NOW - DRAFT_MAX_AGE_MS, 'x')]),
      [copy(NOW - DRAFT_MAX_AGE_MS, 'x')],
    ],
    [
      'a copy older than 14 days, next to a newer one',
      JSON.stringify([copy(NOW - DRAFT_MAX_AGE_MS - 1, 'old'), copy(NOW - 5, 'new')]),
      [copy(NOW - 5, 'new')],
    ],
    ['a record that is not JSON, kept whole', '{not json', [copy(NOW, '{not json')]],
    ['a record of another shape, kept whole', '{"at":1,"raw":"x"}', [copy(NOW, '{"at":1,"raw":"x"}')]],
  ])('%s', (_name, stored, copies) => {
    it('reads back', () => {
      expect(decodeSetAside(stored, NOW)).toEqual(copies);
    });
  });

  it('round-trips the copies, with the text exactly as it was stored', () => {
    const copies = [copy(NOW - 5, '{"version":1,"caseTitle":"<img src=x onerror=alert(1)> Need US SE'), copy(NOW, '')];
    expect(decodeSetAside(encodeSetAside(copies), NOW)).toEqual(copies);
  });

  it('downloads one copy as it was stored, several each after the time it was set aside', () => {
    expect(setAsideText([copy(NOW, '{oops')])).toBe('{oops');
    expect(setAsideText([copy(NOW - 60_000, 'first'), copy(NOW, 'second')])).toBe(
      '--- Set aside 2026-11-23T11:59:00.000Z ---\nfirst\n\n--- Set aside 2026-11-23T12:00:00.000Z ---\nsecond\n',
    );
  });
});

describe('otherTabChange: what another tab’s write means here', () => {
  const mine = { answers: { is24x7: 'no' as const }, done: ['note' as const], caseTitle: 'Copy fails' };
  const theirs = { ...mine, caseTitle: 'Copy fails in tab two' };
  it.each<[string, string | null, typeof mine, string]>([
    ['the same progress, saved again later', serializeGuidedDraft(mine, NOW + 5), mine, 'same'],
    ['other progress', serializeGuidedDraft(theirs, NOW), mine, 'changed'],
    ['removed, where this tab has progress', null, mine, 'removed'],
    ['removed, where this tab has none', null, EMPTY_PROGRESS as typeof mine, 'same'],
    ['expired, where this tab has progress', serializeGuidedDraft(theirs, NOW - DRAFT_MAX_AGE_MS - 1), mine, 'removed'],
    ['unreadable', '{oops', mine, 'unreadable'],
    ['of another shape', '{"version":2}', EMPTY_PROGRESS as typeof mine, 'unreadable'],
  ])('%s: %s', (_name, stored, progress, kind) => {
    expect(otherTabChange(stored, progress, NOW).kind).toBe(kind);
  });

  it('hands over the other tab’s progress to load', () => {
    expect(otherTabChange(serializeGuidedDraft(theirs, NOW), mine, NOW)).toEqual({ kind: 'changed', progress: theirs });
  });
});
