/**
 * How long the page's main thread worked, task by task, while something happened.
 *
 * The browser's `longtask` entries measure wall time: on a busy two-core CI machine a task
 * that needs 20 ms of the processor can last 200 ms because the thread waited for a core.
 * Chromium's trace records both for every task (`dur` is wall time, `tdur` the thread's own
 * processor time), so a test can hold the page to what it costs, not to what the machine
 * was doing meanwhile. Without the paste guard, a 1 MB paste costs over 1,100 ms of
 * processor time here, and each key press afterwards about 80 ms.
 */
import type { Page } from '@playwright/test';

export interface Task {
  /** Wall time, ms. */
  wall: number;
  /** The main thread's processor time, ms. */
  cpu: number;
}

interface TraceEvent {
  name: string;
  ph: string;
  pid: number;
  tid: number;
  dur?: number;
  tdur?: number;
  args?: { name?: string; data?: { frame?: string; url?: string } };
}

/** Runs `action` while tracing the page's renderer; returns its main-thread tasks over 50 ms (wall or processor). */
export async function mainThreadTasks(page: Page, action: () => Promise<void>): Promise<Task[]> {
  const browser = page.context().browser();
  if (!browser) throw new Error('mainThreadTasks needs a browser-launched page');
  await browser.startTracing(page, { categories: ['devtools.timeline', 'disabled-by-default-devtools.timeline'] });
  let failure: unknown;
  await action().catch((error: unknown) => (failure = error ?? new Error('action failed')));
  const buffer = await browser.stopTracing();
  if (failure) throw failure;
  const trace = JSON.parse(buffer.toString('utf8')) as { traceEvents: TraceEvent[] } | TraceEvent[];
  const events = Array.isArray(trace) ? trace : trace.traceEvents;
  const renderers = events.filter((e) => e.ph === 'M' && e.name === 'thread_name' && e.args?.name === 'CrRendererMain');
  if (renderers.length === 0) throw new Error('the trace has no renderer main thread');
  const main = new Set(renderers.map((e) => `${e.pid}:${e.tid}`));
  return events
    .filter((e) => e.ph === 'X' && e.name === 'RunTask' && main.has(`${e.pid}:${e.tid}`))
    .map((e) => ({ wall: Math.round((e.dur ?? 0) / 1000), cpu: Math.round((e.tdur ?? e.dur ?? 0) / 1000) }))
    .filter((t) => t.wall > 50 || t.cpu > 50);
}

/** The most processor time any one task took (0 with none over 50 ms). */
export const longestCpu = (tasks: Task[]): number => Math.max(0, ...tasks.map((t) => t.cpu));

/**
 * Loads `path` with the processor slowed fourfold (a mid-range phone) and tells when the page first
 * painted content and when the end of its content (Starlight's footer, in `main`) was parsed, in ms
 * from navigation. A page painted before its end is parsed is styled and laid out again for every
 * chunk after that: the long tasks Lighthouse counts as blocking time on a tool page.
 */
export async function firstPaintAndContentEnd(
  page: Page,
  path: string,
): Promise<{ paint: number; contentEnd: number }> {
  await page.addInitScript(() => {
    const seen = new MutationObserver(() => {
      if (!document.querySelector('main footer')) return;
      (window as unknown as { contentEnd: number }).contentEnd = performance.now();
      seen.disconnect();
    });
    seen.observe(document, { childList: true, subtree: true });
  });
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('Emulation.setCPUThrottlingRate', { rate: 4 });
  try {
    await page.goto(path, { waitUntil: 'load' });
    const times = await page.waitForFunction(() => {
      const paint = performance.getEntriesByName('first-contentful-paint')[0];
      const { contentEnd } = window as unknown as { contentEnd?: number };
      return paint && contentEnd
        ? { paint: Math.round(paint.startTime), contentEnd: Math.round(contentEnd) }
        : undefined;
    });
    const found = await times.jsonValue();
    if (!found) throw new Error(`${path}: no first paint or no end of content`);
    return found;
  } finally {
    await cdp.send('Emulation.setCPUThrottlingRate', { rate: 1 });
    await cdp.detach();
  }
}
