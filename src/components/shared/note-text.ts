/**
 * The page's handoff note as plain text, for tools that send or show it (the
 * reassignment email carries it in its body).
 *
 * By default it is the page's note (`note-store.ts`), which the note generator
 * edits and `draft-sync.ts` restores from the saved draft on any page: so the
 * reassignment builder carries the note even on a page without the generator.
 * An island may offer another source with `provideNoteText` (tests do).
 * '' while nothing is written: an empty template is not a note.
 */
import { createSignal } from 'solid-js';
import { isNoteEmpty } from '../../lib/note/note';
import { renderPlain } from '../../lib/note/render';
import { caseDetails } from './case-store';
import { includeCaseDetails, note } from './note-store';

const [source, setSource] = createSignal<(() => string) | undefined>(undefined);

/**
 * Offers the page's note text instead of the note store. Returns a function
 * that withdraws it (call it on cleanup); a later provider replaces an earlier one.
 */
export function provideNoteText(get: () => string): () => void {
  setSource(() => get);
  return () => {
    if (source() === get) setSource(undefined);
  };
}

/** The page's note as plain text, '' when there is none. Reactive: read it inside a memo or effect. */
export function pageNoteText(): string {
  const provided = source();
  if (provided) return provided();
  return isNoteEmpty(note) ? '' : renderPlain(note, includeCaseDetails() ? caseDetails : undefined);
}
