import { afterEach, describe, expect, it, vi } from 'vitest';
import { DraftThrottle } from './draft-throttle';

describe('DraftThrottle', () => {
  afterEach(() => vi.useRealTimers());

  it('writes up to the limit per second, then keeps only the latest and writes it when the window opens', async () => {
    vi.useFakeTimers();
    const written: string[] = [];
    const throttle = new DraftThrottle<string>(3, async (_s, d) => void written.push(d), () => Date.now());
    for (const d of ['a', 'b', 'c']) expect(await throttle.submit('s', d)).toBe('written');
    expect(await throttle.submit('s', 'd')).toBe('held');
    expect(await throttle.submit('s', 'e')).toBe('held');
    expect(written).toEqual(['a', 'b', 'c']);
    await vi.advanceTimersByTimeAsync(1_000);
    expect(written).toEqual(['a', 'b', 'c', 'e']);
    throttle.close();
  });

  it('counts sessions apart', async () => {
    const written: string[] = [];
    const throttle = new DraftThrottle<string>(1, async (s, d) => void written.push(`${s}:${d}`));
    expect(await throttle.submit('s1', 'a')).toBe('written');
    expect(await throttle.submit('s2', 'a')).toBe('written');
    expect(await throttle.submit('s1', 'b')).toBe('held');
    throttle.close();
    expect(written).toEqual(['s1:a', 's2:a']);
  });

  it('does not write a held draft ahead of one still waiting (order is kept)', async () => {
    vi.useFakeTimers();
    const written: string[] = [];
    const throttle = new DraftThrottle<string>(1, async (_s, d) => void written.push(d));
    await throttle.submit('s', 'a');
    await throttle.submit('s', 'b');
    await vi.advanceTimersByTimeAsync(1_000);
    expect(await throttle.submit('s', 'c')).toBe('held');
    await vi.advanceTimersByTimeAsync(1_000);
    expect(written).toEqual(['a', 'b', 'c']);
    throttle.close();
  });
});
