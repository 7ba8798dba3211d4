/**
 * What the guided page says and asks about its stored progress, fetched the
 * first time there is something to say (most visits have nothing), in the
 * style of the note's `ConflictQuestion` and `SetAsideDraft`:
 * - why this tab is not saving, when it is not (its status line, and the browser's leave-page prompt);
 * - another tab changed or removed the progress: which to keep (this tab saves
 *   nothing until the person chooses, so neither is lost);
 * - records that could not be read, set aside (or left in place when there
 *   was no room for a copy): download them, or discard them.
 * A record's text is a download and text in a `<pre>`, never markup.
 *
 * The page fetches this one file both to read what is stored (`restore` and
 * `compare`, re-exported from `guided-stored.ts`) and to show what that found:
 * a page that needs the first often needs the second at once.
 */
import { Show, createSignal, onCleanup, onMount, type JSX } from 'solid-js';
import { progressKey, setAsideText } from '../../lib/guided-draft';
import { download } from '../shared/clipboard';
import { discard, resolve } from './guided-stored';
import type { GuidedState, StoredStatus } from './guided-state';

export { compare, forgot, restore } from './guided-stored';

const FILE = 'guided-progress-set-aside.txt';

/** Why this tab is not saving its progress, for its status line; '' while it saves. */
export function notSaving({ conflict, unkept, off }: StoredStatus): string {
  if (conflict || unkept !== null) return 'Not saving your progress for now: this tab waits for your choice above.';
  const why = {
    '': '',
    blocked: 'storage is blocked or full',
    full: 'storage is blocked or full',
    unread: 'it would not let the page read what it stored, and saving could overwrite it',
  }[off];
  return why && `This browser is not saving your progress (${why}); keep this tab open until you are done.`;
}

/** How much of the record the banner shows (the download holds all of it). */
const PREVIEW_CHARS = 600;

export default function StoredProgress(props: { state: GuidedState }): JSX.Element {
  const { sync, stored } = props.state;
  const [said, setSaid] = createSignal('');
  /** What the download holds: the copies set aside, then the record left in place. */
  const copies = () => {
    const { setAside, unkept } = stored();
    return unkept === null ? setAside : [...setAside, { at: Date.now(), raw: unkept }];
  };
  const text = () => setAsideText(copies());
  /**
   * Leaving while the progress is not being saved (storage refused or unreadable, another tab's
   * change waiting for the person's choice, an unreadable record kept in place) would lose it: the
   * browser asks first, as it does for the note's draft. Here, as the page is not saving only when
   * it has this to say.
   */
  const onBeforeUnload = (event: BeforeUnloadEvent) => {
    if (notSaving(stored()) && progressKey(props.state.sync.progress())) event.preventDefault();
  };
  onMount(() => window.addEventListener('beforeunload', onBeforeUnload));
  onCleanup(() => window.removeEventListener('beforeunload', onBeforeUnload));

  return (
    <>
      <Show when={stored().undoForget}>
        {(undo) => (
          <p class="guided-note" role="status">
            Drafts removed from this browser: the answers, the ticks, the case title, the case details and the note.{' '}
            {/* In place of the note step's own Undo, gone with the answers: it takes the focus. */}
            <button
              type="button"
              class="secondary"
              ref={(b) => queueMicrotask(() => b.focus())}
              onClick={() => undo()()}
            >
              Undo forget drafts
            </button>
          </p>
        )}
      </Show>
      <Show when={notSaving(stored())}>
        {(line) => (
          <p class="guided-note" role="status">
            {line()}
          </p>
        )}
      </Show>
      <Show when={stored().conflict}>
        {(conflict) => (
          <div class="tool-banner" role="alert">
            <p>
              {conflict().kind === 'removed'
                ? 'The progress saved in this browser (answers, ticks and case title) was removed in another tab. This tab stopped saving its progress. Keep it, or clear it too?'
                : 'The progress saved in this browser (answers, ticks and case title) was changed in another tab. This tab stopped saving its progress so neither is lost. Which one do you want to keep?'}
            </p>
            <button type="button" onClick={() => resolve(sync, 'mine')}>
              Keep this tab's progress
            </button>
            <button type="button" class="secondary" onClick={() => resolve(sync, 'theirs')}>
              {conflict().kind === 'removed' ? 'Clear this tab too' : "Load the other tab's progress"}
            </button>
          </div>
        )}
      </Show>
      <Show when={copies().length}>
        <section class="tool-banner" aria-label="Saved progress that could not be read">
          <p>
            {stored().unkept === null
              ? 'Progress saved in this browser that could not be read is set aside here (for 14 days). It may hold your case title: download it to keep it, or discard it.'
              : 'Progress saved in this browser could not be read, and there is no room to set a copy aside. It is left where it is, and nothing on this page is saved until you download or discard it.'}
          </p>
          <div class="draft-preview">
            <pre tabindex="0" aria-label="The start of what is stored">
              {text().slice(0, PREVIEW_CHARS)}
              {text().length > PREVIEW_CHARS ? '…' : ''}
            </pre>
          </div>
          <button
            type="button"
            class="secondary"
            onClick={() => {
              download(text(), FILE, 'text/plain');
              setSaid(
                `Downloaded ${FILE}: what was stored, as it was.${stored().unkept === null ? '' : ' Discard it here to save your progress again.'}`,
              );
            }}
          >
            Download it (.txt)
          </button>
          <button
            type="button"
            class="secondary"
            onClick={() => {
              setSaid('');
              discard(sync);
            }}
          >
            Discard it
          </button>
          <p class="field-message" role="status">
            {said()}
          </p>
        </section>
      </Show>
    </>
  );
}
