/**
 * A paste kept beside its field because it would take the field past its
 * maximum (see `Field.tsx`): insert what fits (the rest stays here),
 * download it whole, or discard it. Fetched the first time a paste is held.
 */
import { Show, onMount, type JSX } from 'solid-js';
import { formatCount } from '../../lib/text-limit';
import { announce } from './announce';
import { download } from './clipboard';
import type { HeldPasteProps } from './Field';

export default function HeldPaste(props: HeldPasteProps): JSX.Element {
  const h = () => props.held;
  const room = () => {
    const replaced = h().el.value === h().before ? h().end - h().start : 0;
    return Math.max(0, props.max - (h().el.value.length - replaced));
  };
  const message = () =>
    `This paste has ${formatCount(h().text.length)} characters and would take the field past its maximum of ${formatCount(props.max)}, so it is kept here, not in the field. It is not saved with the draft: insert what fits, download it or discard it.`;
  onMount(() => announce(`${props.label}: ${message()}`));

  /** Puts the part that fits in the field, as if typed there; the rest stays held. */
  const insertWhatFits = () => {
    let held = h();
    if (held.el.value !== held.before) held = { ...held, start: held.el.value.length, end: held.el.value.length };
    const { el } = held;
    const part = held.text.slice(0, room());
    el.setRangeText(part, held.start, held.end, 'end');
    el.dispatchEvent(new Event('input', { bubbles: true }));
    const rest = held.text.slice(part.length);
    const at = held.start + part.length;
    props.setHeld(rest ? { text: rest, el, start: at, end: at, before: el.value } : null);
    announce(
      `${props.label}: ${formatCount(part.length)} characters inserted${rest ? `; the other ${formatCount(rest.length)} are kept beside the field` : ''}.`,
    );
    el.focus();
  };

  return (
    <div class="field-held" role="group" aria-label={`Paste kept beside ${props.label}`}>
      <p>{message()}</p>
      <Show when={room() > 0}>
        <button type="button" class="secondary" onClick={insertWhatFits}>
          Insert the first {formatCount(Math.min(room(), h().text.length))} characters
        </button>
      </Show>
      <button type="button" class="secondary" onClick={() => download(h().text, 'kept-paste.txt', 'text/plain')}>
        Download the paste (.txt)
      </button>
      <button
        type="button"
        class="secondary"
        onClick={() => {
          const { el } = h();
          props.setHeld(null);
          el.focus();
        }}
      >
        Discard the paste
      </button>
    </div>
  );
}
