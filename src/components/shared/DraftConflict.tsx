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
import { draftStatus } from './draft-sync';
import type { ConflictKind } from './ConflictQuestion';

/**
 * The read-only view of a stored draft too big for the form, and the question
 * itself; each fetched only when it is needed (by hand rather than with Solid's
 * `lazy`, which would bring Suspense into every tool page). Until the question
 * is there, the tab saves nothing, so waiting for it loses nothing.
 */
const [OversizedDraft, setOversizedDraft] = createSignal<Component>();
const [Question, setQuestion] = createSignal<Component<{ kind: ConflictKind }> | false>();

/** Said when the question's code could not be downloaded (not tried again): saving has stopped, and the person must know. */
const QUESTION_MISSING =
  'This tab stopped saving: the saved note changed, and part of this page did not download to ask which to keep. Copy your note, then reload.';

const [mounted, setMounted] = createSignal<readonly symbol[]>([]);

export default function DraftConflict(): JSX.Element {
  const me = Symbol('draft-conflict');
  setMounted((list) => [...list, me]);
  onCleanup(() => setMounted((list) => list.filter((s) => s !== me)));
  createEffect(() => {
    if (draftStatus().oversized && !OversizedDraft())
      void import('./OversizedDraft').then((m) => setOversizedDraft(() => m.default));
  });
  createEffect(() => {
    if (draftStatus().conflict && Question() === undefined)
      void import('./ConflictQuestion').then(
        (m) => setQuestion(() => m.default),
        () => setQuestion(false),
      );
  });
  return (
    <>
      <Show when={mounted()[0] === me && draftStatus().oversized && OversizedDraft()}>{(View) => View()({})}</Show>
      <Show when={mounted()[0] === me && draftStatus().conflict}>
        {(conflict) => (
          <Show when={Question() !== undefined}>
            <Show
              when={Question()}
              fallback={
                <div class="tool-banner" role="alert">
                  <p>{QUESTION_MISSING}</p>
                </div>
              }
            >
              {(View) =>
                View()({
                  get kind() {
                    return conflict().kind;
                  },
                })
              }
            </Show>
          </Show>
        )}
      </Show>
    </>
  );
}
