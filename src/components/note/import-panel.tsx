/**
 * The generator's "Import a note" panel: a disclosure whose content (`ImportNote.tsx`, with the note
 * reader) is fetched the first time it is opened, so neither weighs on the page's load. A plain
 * function, not a component, as `note-output.tsx`'s parts are, so the server-rendered HTML keeps
 * its hydration keys.
 */
import { Show, createSignal, type JSX } from 'solid-js';
import type { ParsedNote } from '../../lib/note/parse';
import type { ImportNoteProps } from './ImportNote';
import { PART_MISSING } from './note-output';

export function importPanel(id: string, onImport: (parsed: ParsedNote) => void): JSX.Element {
  /** The panel, once fetched; false when that failed. */
  const [Panel, setPanel] = createSignal<((props: ImportNoteProps) => JSX.Element) | false>();
  const open = (event: Event) => {
    if (!(event.currentTarget as HTMLDetailsElement).open || Panel()) return;
    import('./ImportNote').then(
      (m) => setPanel(() => m.default),
      () => setPanel(false),
    );
  };
  return (
    <details class="hn-import" onToggle={open}>
      <summary>Import a note</summary>
      <Show
        when={Panel()}
        fallback={
          <p class="field-message" role="status">
            {Panel() === false ? PART_MISSING : 'Loading…'}
          </p>
        }
      >
        {(View) => View()({ id, onImport })}
      </Show>
    </details>
  );
}
