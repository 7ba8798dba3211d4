/**
 * The rich preview (`RichNote.tsx`, for the "Rich text preview" tab and the
 * printed page), fetched once there is a note to show in it: when the note
 * first has something in it, or the tab is chosen. A visit that only reads
 * the page never downloads it. `undefined` while not fetched, `false` when
 * the fetch failed (tried again on the next need). `RichPreview` draws it
 * where it goes (the tab and the printed page), with what to show until then.
 */
import { Show, createSignal, type JSX } from 'solid-js';
import type { CaseDetails } from '../../lib/case-details';
import { note } from '../shared/note-store';
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

/** The page's note as rich text once the preview is here; `fallback` until then, or if it could not be downloaded. */
export function RichPreview(props: { details: CaseDetails | undefined; fallback: JSX.Element }): JSX.Element {
  return (
    <Show when={RichNote()} fallback={props.fallback}>
      {(View) =>
        View()({
          note,
          get details() {
            return props.details;
          },
        })
      }
    </Show>
  );
}
