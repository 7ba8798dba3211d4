/**
 * Hydration in pieces. A server-rendered island is normally taken over in one
 * task; on a phone the note generator's took 250 ms or more, and every task over
 * 50 ms counts as blocking time. Markup wrapped in `Later` is rendered on the
 * server as usual, but taken over (hydrated: its event handlers and bindings
 * attached to the nodes already on the page) in a task of its own, one part per
 * task in page order, so the browser paints and answers input in between.
 *
 * Hydration assumes the page still shows what the server rendered, so nothing
 * may change the state before every part is taken over:
 * - the moment a person presses, types, pastes or drops anything, every waiting
 *   part is taken over at once, before the event reaches any handler;
 * - code that changes the state on its own (reading the stored draft, adopting
 *   text typed before the script ran) waits with `whenTakenOver`.
 * Rendered on the client without hydration (a part shown later), it renders at once.
 *
 * A `Later` must be the only thing in its slot of the markup (a child beside elements or other
 * `Later`s, as in the note generator), never one item of a list drawn in one slot (`For`): until its
 * turn it stands for the server's nodes by drawing nothing, and a list would replace them with that.
 */
import { createMemo, createSignal, sharedConfig, untrack, type JSX } from 'solid-js';
import { isServer } from 'solid-js/web';

/** Solid's hydration state: a deferred part needs its keys (`context`) and the page's nodes by key (`registry`) back. */
const config = sharedConfig;

/** What waits, in order: parts to take over, then what `whenTakenOver` was given. */
const waiting: (() => void)[] = [];
let timer: ReturnType<typeof setTimeout> | undefined;
/** Events a person's action starts with: each takes over everything still waiting first. */
const EVENTS = ['pointerdown', 'keydown', 'click', 'beforeinput', 'input', 'change', 'paste', 'drop'];

const listen = (on: boolean) =>
  EVENTS.forEach((type) => (on ? addEventListener : removeEventListener)(type, takeOverAll, true));

function takeOverNext(): void {
  waiting.shift()!();
  if (waiting.length) timer = setTimeout(takeOverNext);
  else listen(false);
}

function takeOverAll(): void {
  clearTimeout(timer);
  while (waiting.length) waiting.shift()!();
  listen(false);
}

/** Runs `fn` once every part waiting to be taken over is (at once when none waits). */
export function whenTakenOver(fn: () => void): void {
  if (waiting.length) waiting.push(fn);
  else fn();
}

/** Its children, taken over in a later task (see above). */
export default function Later(props: { children: JSX.Element }): JSX.Element {
  const context = config.context;
  if (isServer || !context || config.done) return props.children;
  const registry = config.registry;
  const [ready, setReady] = createSignal(false);
  if (!waiting.length) {
    timer = setTimeout(takeOverNext);
    listen(true);
  }
  waiting.push(() => setReady(true));
  return createMemo(() => {
    if (!ready()) return '';
    return untrack(() => {
      const [c, r] = [config.context, config.registry];
      // Another island's hydration may have replaced the registry since: this part's nodes are in the one it had.
      config.context = config.done ? undefined : context;
      config.registry = registry;
      try {
        return props.children;
      } finally {
        config.context = c;
        config.registry = r;
      }
    });
  }) as unknown as JSX.Element;
}
