/**
 * The page's handoff note as plain text, for tools that send or show it
 * (the reassignment email carries it in its body).
 *
 * The island that owns the note (the note generator, issue 3) offers it:
 *
 *   onMount(() => onCleanup(provideNoteText(() => renderPlainText(note))));
 *
 * The accessor should read the note's reactive store, so readers update as
 * the note is typed, and return '' while nothing is written (an empty
 * template is not a note). Islands on one page share this module, as they
 * share the case store. With no provider the page has no note: readers get ''.
 */
import { createSignal } from 'solid-js';

const [source, setSource] = createSignal<(() => string) | undefined>(undefined);

/**
 * Offers the page's note text. Returns a function that withdraws it (call it
 * on cleanup); a later provider replaces an earlier one.
 */
export function provideNoteText(get: () => string): () => void {
  setSource(() => get);
  return () => {
    if (source() === get) setSource(undefined);
  };
}

/** The page's note as plain text, '' when there is none. Reactive: read it inside a memo or effect. */
export function pageNoteText(): string {
  return source()?.() ?? '';
}
