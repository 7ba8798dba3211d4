/**
 * Reads a saved draft back: validates it with zod, so a corrupt or old-format
 * draft is set aside (kept, with a message), never a crash. Drafts hold
 * customer data, so they expire after 14 days. The format itself (keys,
 * version, writing) is `draft-format.ts`; this module is loaded only when
 * something is stored. It also holds the words the page shows for what it
 * read back (`storedDraftMessage`), so they too load only then; what is done
 * with the draft stays in `components/shared/draft-sync.ts`.
 */
import * as z from 'zod/mini';
import { DRAFT_MAX_AGE_MS, DRAFT_VERSION, SET_ASIDE_KEY, type Draft } from './draft-format';
import { ALL_SECTION_IDS, type AnySectionId } from './note';
import { CHECKLIST, type ChecklistId } from './template';

export * from './draft-format';
export { fieldsOverLimit } from './limits';

const text = () => z._default(z.string(), '');
type Text = ReturnType<typeof text>;

/** Validates stored case details; unknown fields are dropped, missing ones emptied. */
export const CaseDetailsSchema = z.object({
  caseNumber: text(),
  severity: text(),
  supportPlan: text(),
  productSkill: text(),
  targetRegion: text(),
  is24x7: z._default(z.nullable(z.boolean()), null),
});

// `prefault` parses its default, so a missing block gets every inner default.
/** Validates a stored note; missing fields are emptied, unknown ones dropped. */
export const NoteSchema = z.object({
  sections: z.prefault(
    z.object(Object.fromEntries(ALL_SECTION_IDS.map((id) => [id, text()])) as Record<AnySectionId, Text>),
    {},
  ),
  checklist: z.prefault(
    z.object(Object.fromEntries(CHECKLIST.map((c) => [c.id, text()])) as Record<ChecklistId, Text>),
    {},
  ),
  optional: z.prefault(
    z.object({ contingencies: z._default(z.boolean(), false), ruledOut: z._default(z.boolean(), false) }),
    {},
  ),
});

export const DraftSchema = z.object({
  version: z.literal(DRAFT_VERSION),
  savedAt: z.number().check(z.int(), z.nonnegative()),
  caseDetails: z.prefault(CaseDetailsSchema, {}),
  note: z.prefault(NoteSchema, {}),
  includeCaseDetails: z._default(z.boolean(), false),
});

export type DecodedDraft =
  | { kind: 'none' }
  | { kind: 'ok'; draft: Draft }
  | { kind: 'expired'; savedAt: number }
  | { kind: 'invalid'; reason: string };

/**
 * Reads a stored draft. `now` is passed in (lib code never reads the clock).
 * @example decodeDraft(null, Date.now()) // { kind: 'none' }
 */
export function decodeDraft(raw: string | null, now: number): DecodedDraft {
  if (raw === null || raw === '') return { kind: 'none' };
  let data: unknown;
  try {
    data = JSON.parse(raw);
  } catch {
    return { kind: 'invalid', reason: 'it is not valid JSON' };
  }
  if (typeof data === 'object' && data !== null && 'version' in data && data.version !== DRAFT_VERSION) {
    return { kind: 'invalid', reason: `it was saved in another format (version ${String(data.version)})` };
  }
  const result = DraftSchema.safeParse(data);
  if (!result.success) {
    const issue = result.error.issues[0];
    const where = issue?.path.length ? issue.path.join('.') : 'the draft';
    return { kind: 'invalid', reason: `${where}: ${issue?.message ?? 'unreadable'}` };
  }
  const draft = result.data as Draft;
  if (now - draft.savedAt > DRAFT_MAX_AGE_MS) return { kind: 'expired', savedAt: draft.savedAt };
  return { kind: 'ok', draft };
}

/**
 * The message for a stored draft read back at load; '' when nothing was
 * stored. For 'ok', what is said once the draft is in the form.
 * @example storedDraftMessage({ kind: 'none' }) // ''
 */
export function storedDraftMessage(decoded: DecodedDraft): string {
  switch (decoded.kind) {
    case 'none':
      return '';
    case 'ok':
      return 'Your saved draft is back.';
    case 'expired':
      return 'A draft older than 14 days was removed from this browser (notes hold customer data).';
    case 'invalid':
      return `Your saved draft could not be read (${decoded.reason}), so it was set aside and the form starts empty. You can download the set-aside draft or discard it.`;
  }
}

/**
 * What is said when an unreadable draft could not be set aside (no room for the copy): it is left
 * where it is, and nothing is saved over it until the person has downloaded or discarded it.
 */
export function unkeptDraftMessage(reason: string): string {
  return `Your saved draft could not be read (${reason}), and this browser has no room to keep a copy of it aside. It stays stored as it is, and nothing typed here is saved over it: download it, then discard it to save drafts again.`;
}

/** A draft set aside: the raw text and when it was set aside (it expires like a draft). */
export const SetAsideSchema = z.object({ at: z.number(), raw: z.string() });

/**
 * Reads one set-aside copy; null when there is none or it expired. A copy whose own record cannot be
 * read is still kept as it is (its text is what was stored), never dropped.
 */
export function decodeSetAside(raw: string | null, now: number): { at: number; raw: string } | null {
  if (!raw) return null;
  let result: ReturnType<typeof SetAsideSchema.safeParse> | undefined;
  try {
    result = SetAsideSchema.safeParse(JSON.parse(raw));
  } catch {
    // Not JSON: kept as it is.
  }
  if (!result?.success) return { at: now, raw };
  return now - result.data.at > DRAFT_MAX_AGE_MS ? null : result.data;
}

/**
 * The key for one more set-aside copy: never one in use, so no copy replaces another.
 * @example newSetAsideKey([], 5) // 'fts-guide:note-set-aside'
 * @example newSetAsideKey(['fts-guide:note-set-aside'], 5) // 'fts-guide:note-set-aside:5'
 */
export function newSetAsideKey(inUse: readonly string[], at: number): string {
  if (!inUse.includes(SET_ASIDE_KEY)) return SET_ASIDE_KEY;
  let n = at;
  while (inUse.includes(`${SET_ASIDE_KEY}:${n}`)) n++;
  return `${SET_ASIDE_KEY}:${n}`;
}
