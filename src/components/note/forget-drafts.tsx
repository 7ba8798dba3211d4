/**
 * "Forget drafts on this browser": the button, and the panel it opens (`forget-panel.tsx`, fetched
 * on the first click: it asks first, then offers Undo). A plain function, as the generator's other
 * parts are (`note-output.tsx` says why).
 */
import { Show, createSignal, type Component, type JSX } from 'solid-js';
import type { ForgetPanelProps } from './forget-panel';
import { forgetNow } from '../shared/draft-sync';

export function forgetControl(fieldId: (field: string) => string, onForget: () => void): JSX.Element {
  const [open, setOpen] = createSignal(false);
  /** The panel, once fetched; false when that failed. */
  const [Panel, setPanel] = createSignal<Component<ForgetPanelProps> | false>();
  const close = () => {
    setOpen(false);
    queueMicrotask(() => document.getElementById(fieldId('forget-open'))?.focus());
  };
  return (
    <>
      <button
        type="button"
        id={fieldId('forget-open')}
        class="secondary"
        aria-expanded={open()}
        onClick={() => {
          setOpen(true);
          if (!Panel())
            import('./forget-panel').then(
              (m) => setPanel(() => m.default),
              () => setPanel(false),
            );
        }}
      >
        Forget drafts on this browser
      </button>
      <Show when={open()}>
        <Show
          when={Panel()}
          fallback={
            <Show when={Panel() === false} fallback={<p class="hn-forget">Loading…</p>}>
              {/* Offline, the question with its Undo did not download: forgetting still works, without Undo. */}
              <div class="hn-forget" role="group" aria-label="Forget drafts">
                <p>
                  Part of this page did not download, so there would be no Undo. Remove every draft from this browser
                  anyway?
                </p>
                <button
                  type="button"
                  onClick={() => {
                    onForget();
                    forgetNow();
                    close();
                  }}
                >
                  Remove them
                </button>
                <button type="button" class="secondary" onClick={close}>
                  Keep them
                </button>
              </div>
            </Show>
          }
        >
          {(View) => View()({ fieldId, onForget, close })}
        </Show>
      </Show>
    </>
  );
}
