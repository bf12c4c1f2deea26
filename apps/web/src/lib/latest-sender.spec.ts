import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { ApiError } from '../api/errors';
import { LatestSender } from './latest-sender';

describe('LatestSender', () => {
  beforeEach(() => vi.useFakeTimers());
  afterEach(() => vi.useRealTimers());

  it('throttles: the first at once, then at most one per interval, always the latest', async () => {
    const sent: string[] = [];
    const sender = new LatestSender(async (v: string) => void sent.push(v), { minIntervalMs: 100 });
    sender.push('a');
    await vi.advanceTimersByTimeAsync(0);
    for (const v of ['ab', 'abc', 'abcd']) sender.push(v);
    await vi.advanceTimersByTimeAsync(50);
    expect(sent).toEqual(['a']);
    await vi.advanceTimersByTimeAsync(50);
    expect(sent).toEqual(['a', 'abcd']);
    // Typing for a second at 1 key / 10 ms: about 10 sends, never more.
    for (let i = 0; i < 100; i++) {
      sender.push(`x${i}`);
      await vi.advanceTimersByTimeAsync(10);
    }
    await vi.advanceTimersByTimeAsync(200);
    expect(sent.length - 2).toBeLessThanOrEqual(11);
    expect(sent.at(-1)).toBe('x99');
    expect(sender.state.get().status).toBe('sent');
  });

  it('debounces with a longest wait', async () => {
    const sent: string[] = [];
    const sender = new LatestSender(async (v: string) => void sent.push(v), { debounceMs: 500, maxWaitMs: 2_000 });
    for (let i = 0; i < 30; i++) {
      sender.push(`v${i}`);
      await vi.advanceTimersByTimeAsync(100);
    }
    // Continuous typing for 3 s still saved once the longest wait passed.
    expect(sent).toEqual(['v19']);
    await vi.advanceTimersByTimeAsync(500);
    expect(sent).toEqual(['v19', 'v29']);
  });

  it('keeps what could not be sent and sends the latest when the server answers again', async () => {
    const sent: string[] = [];
    let online = false;
    let reconnect: () => void = () => {};
    const sender = new LatestSender(
      async (v: string) => {
        if (!online) throw new ApiError('offline', 'NETWORK');
        sent.push(v);
      },
      { minIntervalMs: 100, retryMs: 60_000, onReconnect: (retry) => ((reconnect = retry), () => {}) },
    );
    sender.push('typed offline');
    await vi.advanceTimersByTimeAsync(0);
    expect(sender.state.get().status).toBe('offline');
    sender.push('typed offline, more');
    await vi.advanceTimersByTimeAsync(1_000);
    expect(sent).toEqual([]);
    online = true;
    reconnect();
    await vi.advanceTimersByTimeAsync(0);
    expect(sent).toEqual(['typed offline, more']);
    expect(sender.state.get().status).toBe('sent');
  });

  it('reports a refusal and does not retry it; flush sends at once', async () => {
    const sent: string[] = [];
    const sender = new LatestSender(
      async (v: string) => {
        if (v === 'bad') throw new ApiError('no', 'FORBIDDEN');
        sent.push(v);
      },
      { debounceMs: 1_000 },
    );
    sender.push('bad');
    await vi.advanceTimersByTimeAsync(1_000);
    expect(sender.state.get()).toMatchObject({ status: 'failed', error: { code: 'FORBIDDEN' } });
    sender.push('good');
    expect(await sender.flush()).toBe(true);
    expect(sent).toEqual(['good']);
  });
});
