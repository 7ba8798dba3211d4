/**
 * One form field: its label, its hint, and its message, with the ids wired
 * (`for`, `aria-describedby`, `aria-invalid`), as Kobalte's text field does.
 * Every field with a rule uses it, so a rule's message always sits next to
 * its own field and is told the same way everywhere:
 * - `error`: the rule's message; the control is `aria-invalid`. Announced
 *   once when it appears (after a short pause, so a person typing hears one
 *   message, not one per key), again only after it has gone and come back.
 * - `notice`: something the field did to what was typed (invisible
 *   characters removed); announced each time it changes.
 * - `note`: shown, never announced (the count near a field's maximum).
 * The hint is read with the control (`aria-describedby`), never announced.
 *
 * With `max`, a paste (or drop, or inserted text) that would take the field
 * past its maximum is not put in the field: Chromium takes most of a second
 * per key press in a text area holding a megabyte. It is kept beside the
 * field instead, to insert what fits, download or discard: never cut
 * silently, never lost without the person choosing. Typing on past the
 * maximum is allowed; the field then says so (`error`).
 */
import { Show, createEffect, createSignal, createUniqueId, on, onCleanup, onMount, type JSX } from 'solid-js';
import { cleanIdentifier } from '../../lib/identifiers';
import { announce, ensureAnnouncer } from './announce';

type TextControl = HTMLInputElement | HTMLTextAreaElement;

/** What to do with a held paste (`HeldPaste.tsx`): fetched the first time a paste is held. */
export interface HeldPasteProps {
  label: string;
  max: number;
  held: Held;
  setHeld: (held: Held | null) => void;
}
const [HeldPaste, setHeldPaste] = createSignal<(props: HeldPasteProps) => JSX.Element>();

/** What the control needs to be wired to its label and messages (and, with `max`, its paste guard). */
export interface FieldControl {
  readonly id: string;
  readonly describedBy: string | undefined;
  readonly invalid: 'true' | undefined;
  readonly onPaste: ((event: ClipboardEvent) => void) | undefined;
  readonly onBeforeInput: ((event: InputEvent) => void) | undefined;
}

/** Text held beside a field because it would not fit, and where it was to go. */
export interface Held {
  text: string;
  el: TextControl;
  start: number;
  end: number;
  /** The field's text when the paste was held: if it changed since, what fits goes at the end. */
  before: string;
}

export interface FieldProps {
  /** The visible label (also the name an announcement starts with). */
  label: string;
  /** Adds "(required)" to the label. */
  required?: boolean;
  /** Help that is always there. */
  hint?: string;
  /** Put the hint between the label and the control (for tall controls such as text areas). */
  hintFirst?: boolean;
  error?: string;
  notice?: string;
  note?: string;
  /** The field's maximum length: a bigger paste is held beside the field (see above). */
  max?: number;
  /** A fixed id for the control (default: a unique one). */
  id?: string;
  class?: string;
  /** Renders the control, given its id and ARIA attributes. */
  children: (control: FieldControl) => JSX.Element;
}

/** How long an error waits for typing to pause before it is announced. */
export const ANNOUNCE_DELAY_MS = 900;

export default function Field(props: FieldProps): JSX.Element {
  const id = props.id ?? `field-${createUniqueId()}`;
  const hintId = `${id}-hint`;
  const messageId = `${id}-msg`;
  const below = () =>
    [props.error, props.notice ?? (props.error ? undefined : props.note)].filter(Boolean).join(' ') ||
    (props.hintFirst ? '' : (props.hint ?? ''));
  const [held, setHeld] = createSignal<Held | null>(null);

  /** Holds `text` instead of inserting it when the field would pass its maximum. True when held. */
  const guard = (event: Event, text: string): boolean => {
    const max = props.max;
    const el = event.currentTarget as TextControl;
    if (max === undefined || text.length < 2) return false;
    const start = el.selectionStart ?? el.value.length;
    const end = el.selectionEnd ?? start;
    if (el.value.length - (end - start) + text.length <= max) return false;
    event.preventDefault();
    setHeld({ text, el, start, end, before: el.value });
    if (!HeldPaste()) void import('./HeldPaste').then((m) => setHeldPaste(() => m.default));
    return true;
  };
  const control: FieldControl = {
    id,
    get onPaste() {
      return props.max === undefined
        ? undefined
        : (event: ClipboardEvent) => void guard(event, event.clipboardData?.getData('text/plain') ?? '');
    },
    get onBeforeInput() {
      return props.max === undefined
        ? undefined
        : (event: InputEvent) => {
            if (!event.inputType.startsWith('insert') || event.inputType === 'insertCompositionText') return;
            guard(event, event.data ?? event.dataTransfer?.getData('text/plain') ?? '');
          };
    },
    get describedBy() {
      const ids = [props.hint && props.hintFirst ? hintId : '', below() ? messageId : ''].filter(Boolean);
      return ids.length ? ids.join(' ') : undefined;
    },
    get invalid() {
      return props.error ? 'true' : undefined;
    },
  };

  let timer: ReturnType<typeof setTimeout> | undefined;
  let told = false;
  onMount(ensureAnnouncer);
  onCleanup(() => clearTimeout(timer));
  createEffect(
    on(
      () => !!props.error,
      (hasError) => {
        clearTimeout(timer);
        if (!hasError) told = false;
        else if (!told)
          timer = setTimeout(() => {
            if (!props.error) return;
            told = true;
            announce(`${props.label}: ${props.error}`);
          }, ANNOUNCE_DELAY_MS);
      },
    ),
  );
  createEffect(
    on(
      () => props.notice,
      (notice) => notice && announce(`${props.label}: ${notice}`),
      { defer: true },
    ),
  );

  return (
    <div class={props.class ? `field ${props.class}` : 'field'}>
      <label for={id}>
        {props.label}
        <Show when={props.required}>
          <span class="required-mark"> (required)</span>
        </Show>
      </label>
      <Show when={props.hint && props.hintFirst}>
        <p id={hintId} class="field-message">
          {props.hint}
        </p>
      </Show>
      {props.children(control)}
      <Show when={below()}>
        <p id={messageId} class="field-message" classList={{ error: !!props.error }}>
          {below()}
        </p>
      </Show>
      <Show when={held() && HeldPaste()}>
        {(View) =>
          View()({
            get label() {
              return props.label;
            },
            get max() {
              return props.max ?? 0;
            },
            get held() {
              return held()!;
            },
            setHeld,
          })
        }
      </Show>
    </div>
  );
}

/**
 * For an identifier's `input` event: applies `cleanIdentifier` (NFKC,
 * invisible characters out) to the control as the person types or pastes,
 * keeping the caret where it was. Leaves text alone during an IME
 * composition (call it again on `compositionend`). Returns the value to store
 * and the code points removed.
 */
export function cleanTypedIdentifier(event: Event): { value: string; removed: number[] } {
  const el = event.currentTarget as HTMLInputElement;
  const raw = el.value;
  if ((event as InputEvent).isComposing) return { value: raw, removed: [] };
  const { value, removed } = cleanIdentifier(raw);
  if (value !== raw) {
    const caret = cleanIdentifier(raw.slice(0, el.selectionStart ?? raw.length)).value.length;
    el.value = value;
    el.setSelectionRange(caret, caret);
  }
  return { value, removed };
}
