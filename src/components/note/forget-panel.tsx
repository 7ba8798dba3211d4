/**
 * The question "Forget drafts on this browser" asks, saying what it will remove, and once they are
 * removed, Undo until the page is left (what was removed is kept in memory only, never stored).
 * Fetched on the first click with the forget actions (`shared/forget.ts`): most visits never use it.
 */
import { Show, createSignal, onMount, type JSX } from 'solid-js';
import { draftsToForget, forgetDrafts, undoForget, type Forgotten } from '../shared/forget';

export interface ForgetPanelProps {
  fieldId: (field: string) => string;
  /** Called just before the drafts are removed (the generator forgets its own Undo). */
  onForget: () => void;
  /** Closes the panel (focus goes back to the button that opened it). */
  close: () => void;
}

export default function ForgetPanel(props: ForgetPanelProps): JSX.Element {
  const items = draftsToForget();
  const [forgotten, setForgotten] = createSignal<Forgotten | null>(null);
  let first: HTMLParagraphElement | undefined;
  const focus = (id: string) => queueMicrotask(() => document.getElementById(props.fieldId(id))?.focus());
  onMount(() => first?.focus());
  return (
    <div id={props.fieldId('forget')} class="hn-forget" role="group" aria-label="Forget drafts">
      <Show
        when={forgotten()}
        fallback={
          <>
            <p ref={first} tabindex="-1">
              {items.length
                ? `This removes from this browser: ${items.join(', ')}. You can undo it until you leave the page.`
                : 'No drafts are stored on this browser.'}
            </p>
            <Show when={items.length}>
              <button
                type="button"
                onClick={() => {
                  props.onForget();
                  setForgotten(forgetDrafts());
                  focus('forget-undo');
                }}
              >
                Remove them
              </button>
            </Show>
            <button type="button" class="secondary" onClick={props.close}>
              {items.length ? 'Keep them' : 'Close'}
            </button>
          </>
        }
      >
        {(f) => (
          <>
            <p>Drafts removed from this browser.</p>
            <button
              type="button"
              id={props.fieldId('forget-undo')}
              class="secondary"
              onClick={() => {
                undoForget(f());
                props.close();
              }}
            >
              Undo forget drafts
            </button>
          </>
        )}
      </Show>
    </div>
  );
}
