import { describe, expect, it } from 'vitest';
import {
  DRAFT_MAX_AGE_MS,
  isEmptyGuidedDraft,
  parseGuidedDraft,
  serializeGuidedDraft,
} from '../../src/lib/guided-draft';

const NOW = Date.UTC(2026, 10, 23, 12, 0);

describe('guided draft', () => {
  it('round-trips answers and ticks', () => {
    const text = serializeGuidedDraft({ is24x7: 'yes', delivered: 'no' }, ['title', 'note'], NOW);
    expect(parseGuidedDraft(text, NOW + 1000)).toEqual({
      status: 'ok',
      draft: { savedAt: NOW, answers: { is24x7: 'yes', delivered: 'no' }, done: ['note', 'title'] },
    });
  });

  describe.each<[string, string | null, number, string]>([
    ['nothing stored', null, NOW, 'none'],
    ['not JSON', '{oops', NOW, 'corrupt'],
    ['another shape', '{"version":2,"savedAt":1,"answers":{},"done":[]}', NOW, 'corrupt'],
    ['a bare value', '"hello"', NOW, 'corrupt'],
    ['exactly 14 days old', serializeGuidedDraft({}, [], NOW - DRAFT_MAX_AGE_MS), NOW, 'ok'],
    ['older than 14 days', serializeGuidedDraft({}, [], NOW - DRAFT_MAX_AGE_MS - 1), NOW, 'expired'],
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
      draft: { savedAt: NOW, answers: { impact: 'not-a' }, done: ['note', 'brief'] },
    });
  });

  it('knows an empty draft', () => {
    expect(isEmptyGuidedDraft({}, [])).toBe(true);
    expect(isEmptyGuidedDraft({ is24x7: 'no' }, [])).toBe(false);
    expect(isEmptyGuidedDraft({}, ['note'])).toBe(false);
  });
});
