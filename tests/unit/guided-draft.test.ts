import { describe, expect, it } from 'vitest';
import {
  DRAFT_MAX_AGE_MS,
  EMPTY_PROGRESS,
  isEmptyProgress,
  parseGuidedDraft,
  serializeGuidedDraft,
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
