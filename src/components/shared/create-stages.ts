/**
 * A first render in pieces. `stage()` is 0 when the component mounts and goes
 * up by one per task (a zero-delay timer) until `last`; markup that waits for a
 * stage renders in that stage's task. The browser paints and answers input
 * between tasks, and a phone counts every task over 50 ms as blocking time
 * (Lighthouse's "Total Blocking Time"): three short tasks block far less than
 * one long one doing the same work.
 */
import { createSignal, onCleanup, type Accessor } from 'solid-js';

/**
 * @param last the final stage
 * @param onStage runs at the start of each stage's task, before that stage's markup renders
 */
export function createStages(last: number, onStage?: (stage: number) => void): Accessor<number> {
  const [stage, setStage] = createSignal(0);
  let timer: ReturnType<typeof setTimeout> | undefined;
  const step = () => {
    const next = stage() + 1;
    onStage?.(next);
    setStage(next);
    if (next < last) timer = setTimeout(step);
  };
  if (last > 0) timer = setTimeout(step);
  onCleanup(() => clearTimeout(timer));
  return stage;
}
