import { describe, expect, it } from 'vitest';
import { EMPTY_CASE_DETAILS } from '../../src/lib/case-details';
import {
  DRAFT_MAX_AGE_MS,
  decodeDraft,
  encodeDraft,
  storedDraftMessage,
  type DecodedDraft,
  type Draft,
} from '../../src/lib/note/draft';
import { emptyNote } from '../../src/lib/note/note';

const NOW = Date.UTC(2026, 10, 23, 12, 0, 0);
const DAY = 24 * 60 * 60 * 1000;

const draft = (savedAt = NOW): Draft => ({
  version: 1,
  savedAt,
  caseDetails: { ...EMPTY_CASE_DETAILS, caseNumber: '42' },
  note: emptyNote(),
  includeCaseDetails: true,
});

const setAside = (reason: string) =>
  `Your saved draft could not be read (${reason}), so it was set aside and the form starts empty. You can download the set-aside draft or discard it.`;

describe('storedDraftMessage', () => {
  it.each<[string, DecodedDraft, string]>([
    ['nothing stored: nothing to say', { kind: 'none' }, ''],
    ['read back', { kind: 'ok', draft: draft() }, 'Your saved draft is back.'],
    [
      'expired',
      { kind: 'expired', savedAt: NOW - 15 * DAY },
      'A draft older than 14 days was removed from this browser (notes hold customer data).',
    ],
    [
      'unreadable: the reason in brackets',
      { kind: 'invalid', reason: 'it is not valid JSON' },
      setAside('it is not valid JSON'),
    ],
  ])('%s', (_, decoded, message) => {
    expect(storedDraftMessage(decoded)).toBe(message);
  });

  it.each<[string, string | null, string]>([
    ['nothing stored', null, ''],
    ['an empty string', '', ''],
    ['a draft of today', encodeDraft(draft()), 'Your saved draft is back.'],
    [
      'a draft of 15 days ago',
      encodeDraft(draft(NOW - 15 * DAY)),
      'A draft older than 14 days was removed from this browser (notes hold customer data).',
    ],
    ['text that is not JSON', '{"version":1', setAside('it is not valid JSON')],
    ['another format', '{"version":2}', setAside('it was saved in another format (version 2)')],
  ])('says what decodeDraft made of %s', (_, raw, message) => {
    expect(storedDraftMessage(decodeDraft(raw, NOW))).toBe(message);
  });

  it('says the age after which drafts are removed', () => {
    expect(DRAFT_MAX_AGE_MS).toBe(14 * DAY);
    expect(storedDraftMessage({ kind: 'expired', savedAt: 0 })).toContain(`${DRAFT_MAX_AGE_MS / DAY} days`);
  });
});
