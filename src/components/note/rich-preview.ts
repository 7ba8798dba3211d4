/**
 * The rich preview (`RichNote.tsx`, for the "Rich text preview" tab and the
 * printed page), fetched once there is a note to show in it: when the note
 * first has something in it, or the tab is chosen. A visit that only reads
 * the page never downloads it. `undefined` while not fetched, `false` when
 * the fetch failed (tried again on the next need).
 */
import { createSignal } from 'solid-js';
import type RichNoteComponent from './RichNote';

const [RichNote, setRichNote] = createSignal<typeof RichNoteComponent | false>();
let fetching = false;

export { RichNote };

/** Fetches the rich preview if it is not here or on its way. */
export function needRichNote(): void {
  if (fetching || RichNote()) return;
  fetching = true;
  import('./RichNote').then(
    (m) => setRichNote(() => m.default),
    () => {
      fetching = false;
      setRichNote(false);
    },
  );
}
