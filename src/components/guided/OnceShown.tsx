/**
 * Mounts a tool the first time `when` holds, fetching its chunk then, and
 * keeps it mounted after; says what is loading, or that it could not be
 * fetched. (Solid's `lazy` and `Suspense` would do it too, but they would
 * add their code to every island page's shared Solid chunk.) Its own file as
 * it knows nothing of the guided page: each step that holds a tool uses it.
 */
import { Show, createEffect, createSignal, createComponent, type Component, type JSX } from 'solid-js';

export default function OnceShown<P extends object>(props: {
  when: boolean;
  load: () => Promise<{ default: Component<P> }>;
  props: P;
  /** The tool's name in messages, e.g. "the note generator". */
  name: string;
}): JSX.Element {
  const [tool, setTool] = createSignal<Component<P>>();
  const [state, setState] = createSignal<'idle' | 'loading' | 'failed'>('idle');
  createEffect(() => {
    if (!props.when || state() !== 'idle') return;
    setState('loading');
    props.load().then(
      (module) => setTool(() => module.default),
      () => setState('failed'),
    );
  });
  return (
    <Show
      when={tool()}
      keyed
      fallback={
        <Show when={state() !== 'idle'}>
          <p class="guided-loading" role={state() === 'failed' ? 'alert' : undefined}>
            {state() === 'failed'
              ? `Could not load ${props.name} (part of this page did not download). Reload the page to try again; your answers and draft are kept.`
              : `Loading ${props.name}…`}
          </p>
        </Show>
      }
    >
      {(Tool) => createComponent(Tool, props.props)}
    </Show>
  );
}
