/**
 * A first render in pieces. `stage()` is 0 when the component mounts and goes
 * up by one per task (a zero-delay timer) until `last`; markup that waits for a
 * stage renders in that stage's task. The browser paints and answers input
 * between tasks, and a phone counts every task over 50 ms as blocking time
 * (Lighthouse's "Total Blocking Time"): three short tasks block far less than
 * one long one doing the same work.
 */
import { createEffect, createSignal, onCleanup, type Accessor } from 'solid-js';

/**
 * @param last the final stage
 * @param onStage runs at the start of each stage's task, before that stage's markup renders
 * @param start when given, the first stage waits until it is true (for example, until the part nears the screen)
 */
export function createStages(
  last: number,
  onStage?: (stage: number) => void,
  start?: Accessor<boolean>,
): Accessor<number> {
  const [stage, setStage] = createSignal(0);
  let timer: ReturnType<typeof setTimeout> | undefined;
  let started = false;
  const step = () => {
    const next = stage() + 1;
    onStage?.(next);
    setStage(next);
    if (next < last) timer = setTimeout(step);
  };
  const begin = () => {
    if (started || last <= 0) return;
    started = true;
    timer = setTimeout(step);
  };
  if (start) createEffect(() => start() && begin());
  else begin();
  onCleanup(() => clearTimeout(timer));
  return stage;
}
