import { connection } from '../api/connection';
import { type ApiError, toApiError } from '../api/errors';
import { createStore, type Store } from './store';

/** Where a {@link LatestSender} stands, for a "Saved" / "Saving…" / "Not saved" line. */
export type SendState =
  | { status: 'idle' }
  /** A value waits for its turn (debounce or throttle). */
  | { status: 'pending' }
  | { status: 'sending' }
  /** The latest value reached the server at `at` (ms since the epoch, this device's clock). */
  | { status: 'sent'; at: number }
  /** The server could not be reached; the latest value is sent when it answers again. */
  | { status: 'offline' }
  /** The server refused the value; nothing is retried until the next push. */
  | { status: 'failed'; error: ApiError };

export interface LatestSenderOptions {
  /** At least this long between the starts of two sends, ms (a throttle: 100 ms is ≤ 10 a second). */
  minIntervalMs?: number;
  /** Send only once pushes stop for this long, ms (a debounce). */
  debounceMs?: number;
  /** With a debounce: send at the latest this long after the first unsent push, ms. */
  maxWaitMs?: number;
  /** Also retry this long after a network failure, ms, in case no reconnect is noticed. */
  retryMs?: number;
  /** Calls `retry` when the API can be reached again; returns a function that stops it. */
  onReconnect?(retry: () => void): () => void;
}

const whenApiAnswers = (retry: () => void) =>
  connection.subscribe((c) => {
    if (c.http === 'ok' && c.browserOnline) retry();
  });

/**
 * Sends the latest of a stream of values (a draft as it is typed), never two at once and never
 * more often than the options allow; values pushed while one is on its way replace each other,
 * so only the newest is sent next. A value that could not reach the server is kept and sent
 * when the server answers again (unless a newer one replaced it): nothing typed offline is lost.
 */
export class LatestSender<T> {
  readonly state: Store<SendState> = createStore<SendState>({ status: 'idle' });
  private pending: { value: T } | null = null;
  private inflight: Promise<void> | null = null;
  private lastSentAt = Number.NEGATIVE_INFINITY;
  private lastPushAt = 0;
  private firstPushAt: number | null = null;
  private timer: ReturnType<typeof setTimeout> | undefined;
  private stopWaiting: (() => void) | undefined;
  private disposed = false;

  constructor(
    private readonly send: (value: T) => Promise<unknown>,
    private readonly options: LatestSenderOptions = {},
  ) {}

  /** A new latest value. */
  push(value: T): void {
    if (this.disposed) return;
    const now = Date.now();
    this.pending = { value };
    this.lastPushAt = now;
    this.firstPushAt ??= now;
    if (!this.inflight && this.state.get().status !== 'offline') this.state.set({ status: 'pending' });
    this.schedule();
  }

  /** Whether a value is waiting or on its way. */
  get busy(): boolean {
    return this.pending !== null || this.inflight !== null;
  }

  /**
   * Sends what is waiting now and waits for it.
   * @returns true when everything pushed has reached the server
   */
  async flush(): Promise<boolean> {
    clearTimeout(this.timer);
    if (this.inflight) await this.inflight;
    if (this.pending) await this.sendNow();
    if (this.inflight) await this.inflight;
    return this.pending === null && this.state.get().status === 'sent';
  }

  /** Stops: nothing more is sent. */
  dispose(): void {
    this.disposed = true;
    clearTimeout(this.timer);
    this.stopWaiting?.();
  }

  private schedule(): void {
    if (this.disposed || this.inflight || !this.pending) return;
    clearTimeout(this.timer);
    const { minIntervalMs = 0, debounceMs = 0, maxWaitMs } = this.options;
    const now = Date.now();
    let at = Math.max(this.lastSentAt + minIntervalMs, this.lastPushAt + debounceMs);
    if (maxWaitMs !== undefined && this.firstPushAt !== null) at = Math.min(at, Math.max(this.firstPushAt + maxWaitMs, this.lastSentAt + minIntervalMs));
    if (at <= now) void this.sendNow();
    else this.timer = setTimeout(() => void this.sendNow(), at - now);
  }

  private sendNow(): Promise<void> {
    if (this.disposed || this.inflight || !this.pending) return this.inflight ?? Promise.resolve();
    clearTimeout(this.timer);
    const { value } = this.pending;
    this.pending = null;
    this.firstPushAt = null;
    this.lastSentAt = Date.now();
    this.state.set({ status: 'sending' });
    this.inflight = (async () => {
      try {
        await this.send(value);
        this.inflight = null;
        this.state.set(this.pending ? { status: 'pending' } : { status: 'sent', at: Date.now() });
        this.schedule();
      } catch (e) {
        this.inflight = null;
        const error = toApiError(e);
        if (error.code === 'NETWORK' || error.code === 'BAD_RESPONSE' || error.code === 'RATE_LIMITED') {
          // Keep it unless something newer came meanwhile, and try again when the API answers.
          this.pending ??= { value };
          this.state.set({ status: 'offline' });
          this.retryLater(error.code === 'RATE_LIMITED' ? (error.details.retryAfter ?? 1) * 1000 : (this.options.retryMs ?? 5_000));
        } else {
          this.state.set({ status: 'failed', error });
          this.schedule();
        }
      }
    })();
    return this.inflight;
  }

  private retryLater(ms: number): void {
    if (this.disposed) return;
    this.stopWaiting?.();
    let done = false;
    let stop: () => void = () => {};
    const retry = () => {
      if (done) return;
      done = true;
      stop();
      clearTimeout(this.timer);
      this.stopWaiting = undefined;
      this.schedule();
    };
    stop = (this.options.onReconnect ?? whenApiAnswers)(retry);
    this.stopWaiting = () => {
      done = true;
      stop();
    };
    this.timer = setTimeout(retry, ms);
  }
}
