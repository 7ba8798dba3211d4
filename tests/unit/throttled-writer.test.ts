import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { createThrottledWriter } from '../../src/components/shared/throttled-writer';

describe('createThrottledWriter', () => {
  beforeEach(() => vi.useFakeTimers({ now: 1_000_000 }));
  afterEach(() => vi.useRealTimers());

  const make = (canWrite = () => true) => {
    const written: string[] = [];
    const writer = createThrottledWriter<string>({ intervalMs: 250, canWrite, write: (v) => written.push(v) });
    return { writer, written };
  };

  it('writes the first change at once, then the newest at most once per interval', () => {
    const { writer, written } = make();
    writer.schedule('a');
    expect(written).toEqual(['a']);
    writer.schedule('ab');
    writer.schedule('abc');
    expect(written).toEqual(['a']);
    vi.advanceTimersByTime(249);
    expect(written).toEqual(['a']);
    vi.advanceTimersByTime(1);
    expect(written).toEqual(['a', 'abc']);
    // After a pause, at once again.
    vi.advanceTimersByTime(1000);
    writer.schedule('abcd');
    expect(written).toEqual(['a', 'abc', 'abcd']);
  });

  it('flush writes what waits now; drop forgets it', () => {
    const { writer, written } = make();
    writer.schedule('a');
    writer.schedule('b');
    expect(writer.waiting()).toBe(true);
    writer.flush();
    expect(written).toEqual(['a', 'b']);
    writer.schedule('c');
    writer.drop();
    vi.advanceTimersByTime(1000);
    expect(written).toEqual(['a', 'b']);
    expect(writer.waiting()).toBe(false);
  });

  it('keeps what waits while writing is not allowed, and writes it on the next flush', () => {
    let allowed = false;
    const { writer, written } = make(() => allowed);
    writer.schedule('typed while restoring');
    vi.advanceTimersByTime(1000);
    expect(written).toEqual([]);
    expect(writer.waiting()).toBe(true);
    allowed = true;
    writer.flush();
    expect(written).toEqual(['typed while restoring']);
  });
});
