/**
 * Asks which note to keep when the saved draft was changed or removed in
 * another tab, or arrived after typing had begun (`draftStatus().conflict`).
 * Until the person chooses, this tab saves nothing, so neither note is lost.
 *
 * It also shows a stored draft that is too big for the form, read-only
 * (`OversizedDraft`), until the person downloads or discards it.
 *
 * Every island that edits the draft renders one, so the question is asked on
 * any page with a tool; only the first mounted on the page shows it, so a page
 * with several tools asks once.
 */
import { Show, createEffect, createSignal, onCleanup, type Component, type JSX } from 'solid-js';
import { draftStatus, resolveConflict } from './draft-sync';

/**
 * The read-only view of a stored draft too big for the form; fetched only
 * when there is one (by hand rather than with Solid's `lazy`, which would
 * bring Suspense into every tool page).
 */
const [OversizedDraft, setOversizedDraft] = createSignal<Component>();

const [mounted, setMounted] = createSignal<readonly symbol[]>([]);

const QUESTION = {
  changed:
    'The saved note was changed in another tab. This tab stopped saving so neither note is lost. Which one do you want to keep?',
  restored:
    'Your saved draft finished loading after you had started typing. Nothing is saved until you choose: keep what you typed, or load the saved draft?',
  removed: 'The saved note was removed in another tab. This tab stopped saving. Keep this note, or clear it too?',
} as const;

const KEEP_THEIRS = {
  changed: "Load the other tab's note",
  restored: 'Load the saved draft',
  removed: 'Clear this tab too',
} as const;

export default function DraftConflict(): JSX.Element {
  const me = Symbol('draft-conflict');
  setMounted((list) => [...list, me]);
  onCleanup(() => setMounted((list) => list.filter((s) => s !== me)));
  createEffect(() => {
    if (draftStatus().oversized && !OversizedDraft())
      void import('./OversizedDraft').then((m) => setOversizedDraft(() => m.default));
  });
  return (
    <>
      <Show when={mounted()[0] === me && draftStatus().oversized && OversizedDraft()}>{(View) => View()({})}</Show>
      <Show when={mounted()[0] === me && draftStatus().conflict}>
        {(conflict) => (
          <div class="tool-banner" role="alert">
            <p>{QUESTION[conflict().kind]}</p>
            <button type="button" onClick={() => resolveConflict('mine')}>
              {conflict().kind === 'restored' ? 'Keep what I typed' : "Keep this tab's note"}
            </button>
            <button type="button" class="secondary" onClick={() => resolveConflict('theirs')}>
              {KEEP_THEIRS[conflict().kind]}
            </button>
          </div>
        )}
      </Show>
    </>
  );
}
