/**
 * Writes the newest of many changes without writing at every one: the first
 * change after a pause is written at once, later ones at most once per
 * interval (the newest wins), and `flush()` writes what waits now (when the
 * page is hidden or closed). While `canWrite()` is false, what waits is kept
 * until the next `flush()`. The drafts use it at 100 ms: writing 20,000
 * characters to localStorage takes about 5 ms, too long for every key press.
 */
export interface ThrottledWriter<T> {
  /** Queues a change: written at once after a pause, else at the end of the current interval. */
  schedule(value: T): void;
  /** Writes the waiting change now, if there is one and writing is allowed. */
  flush(): void;
  /** Forgets the waiting change. */
  drop(): void;
  /** Whether a change waits. */
  waiting(): boolean;
  /** Starts the interval afresh, as if a write happened now (`at`), or forgets it (`0`). */
  wroteAt(at: number): void;
}

export function createThrottledWriter<T>(options: {
  intervalMs: number;
  canWrite: () => boolean;
  write: (value: T) => void;
  now?: () => number;
}): ThrottledWriter<T> {
  const now = options.now ?? Date.now;
  let pending: { value: T } | null = null;
  let timer: ReturnType<typeof setTimeout> | undefined;
  let lastWriteAt = 0;

  const stopTimer = () => {
    clearTimeout(timer);
    timer = undefined;
  };
  const writer: ThrottledWriter<T> = {
    schedule(value) {
      pending = { value };
      if (timer) return;
      const wait = lastWriteAt + options.intervalMs - now();
      if (wait <= 0) writer.flush();
      else timer = setTimeout(writer.flush, wait);
    },
    flush() {
      stopTimer();
      if (!pending || !options.canWrite()) return;
      const { value } = pending;
      pending = null;
      lastWriteAt = now();
      options.write(value);
    },
    drop() {
      stopTimer();
      pending = null;
    },
    waiting: () => pending !== null,
    wroteAt(at) {
      lastWriteAt = at;
    },
  };
  return writer;
}
