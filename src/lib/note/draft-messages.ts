/**
 * What the page says about the draft it found stored when it loaded, for
 * each result of reading it back (`decodeDraft`). Only the words: what is
 * done with the draft (put in the form, removed, set aside) stays in the
 * browser code (`components/shared/draft-sync.ts`). `draft.ts` re-exports
 * it, so the words are fetched with the validator, only when something is
 * stored.
 */
import type { DecodedDraft } from './draft';

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
