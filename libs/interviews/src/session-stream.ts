import { Logger } from '@nestjs/common';
import type { PubSubEngine } from '@prepstack/platform';
import { MockRole, SessionEvent } from './domain';
import { LOG_PAGE, SessionLogService, sessionChannel } from './session-log.service';
import { mayReceive, trackRoles } from './session-state';

const logger = new Logger('SessionEventStream');

export interface StreamOptions {
  sessionId: string;
  /** The subscriber. */
  userId: string;
  /** Deliver events with seq > afterSeq. */
  afterSeq: number;
  /** Seq of the session's state the subscriber's current role was read from. */
  stateSeq: number;
  /** The subscriber's role in that state. */
  role: MockRole;
  /** Called once when the stream closes (client unsubscribed or disconnected). */
  onClose?: () => void;
}

/**
 * One subscriber's view of a session's events: every event it may see, once, in seq order.
 *
 * It subscribes to the session's channel first, then replays the log after `afterSeq`, then
 * follows live events. Handling is serialised; an event at or below the last delivered seq is
 * a duplicate and dropped; an event beyond the next seq means messages were missed (another
 * process, a dropped Redis message) and the gap is read from the log first. Visibility is
 * decided per event at delivery (see mayReceive), with the subscriber's role when the event was
 * written and its role now.
 */
export class SessionEventStream implements AsyncIterableIterator<SessionEvent> {
  private readonly queue: SessionEvent[] = [];
  private waiting?: { resolve: (r: IteratorResult<SessionEvent>) => void; reject: (e: unknown) => void };
  private failure?: unknown;
  private closed = false;
  private lastSeq: number;
  private chain: Promise<void> = Promise.resolve();
  private subscription?: number;
  /** Roles as of the last handled event, for "role when written". */
  private readonly rolesAt = new Map<string, MockRole | undefined>();
  private roleNow: MockRole | undefined;

  constructor(
    private readonly log: SessionLogService,
    private readonly pubSub: PubSubEngine,
    private readonly options: StreamOptions,
  ) {
    this.lastSeq = options.afterSeq;
    this.roleNow = options.role;
  }

  /** Subscribes to live events and starts the replay; resolves once subscribed. */
  async start(): Promise<this> {
    this.subscription = await this.pubSub.subscribe(sessionChannel(this.options.sessionId), (event: SessionEvent) => {
      this.schedule(() => this.handle(event));
    }, {});
    this.schedule(() => this.replay());
    return this;
  }

  [Symbol.asyncIterator](): this {
    return this;
  }

  next(): Promise<IteratorResult<SessionEvent>> {
    if (this.queue.length) return Promise.resolve({ value: this.queue.shift()!, done: false });
    if (this.failure) return Promise.reject(this.failure);
    if (this.closed) return Promise.resolve({ value: undefined, done: true });
    return new Promise((resolve, reject) => (this.waiting = { resolve, reject }));
  }

  async return(): Promise<IteratorResult<SessionEvent>> {
    this.close();
    return { value: undefined, done: true };
  }

  async throw(error: unknown): Promise<IteratorResult<SessionEvent>> {
    this.close();
    throw error;
  }

  private close(): void {
    if (this.closed) return;
    this.closed = true;
    if (this.subscription !== undefined) this.pubSub.unsubscribe(this.subscription);
    this.waiting?.resolve({ value: undefined, done: true });
    this.waiting = undefined;
    this.options.onClose?.();
  }

  private schedule(work: () => Promise<void>): void {
    this.chain = this.chain.then(async () => {
      if (this.closed) return;
      try {
        await work();
      } catch (error) {
        logger.error(`session ${this.options.sessionId}: stream failed: ${(error as Error).message}`);
        this.failure = error;
        this.waiting?.reject(error);
        this.waiting = undefined;
        this.close();
      }
    });
  }

  private async replay(): Promise<void> {
    for (const e of await this.log.roleEvents(this.options.sessionId, this.options.afterSeq)) trackRoles(this.rolesAt, e);
    for (;;) {
      const page = await this.log.read(this.options.sessionId, this.lastSeq, LOG_PAGE);
      page.forEach((e) => this.deliver(e));
      if (page.length < LOG_PAGE) return;
    }
  }

  private async handle(event: SessionEvent): Promise<void> {
    if (event.seq <= this.lastSeq) return;
    if (event.seq > this.lastSeq + 1) {
      (await this.log.readBetween(this.options.sessionId, this.lastSeq, event.seq)).forEach((e) => this.deliver(e));
    }
    this.deliver(event);
  }

  private deliver(event: SessionEvent): void {
    if (event.seq !== this.lastSeq + 1) return;
    const userId = this.options.userId;
    const roleWhenWritten = this.rolesAt.get(userId);
    trackRoles(this.rolesAt, event);
    // Events after the state the current role was read from may change it.
    if (event.seq > this.options.stateSeq) this.roleNow = this.rolesAt.get(userId);
    this.lastSeq = event.seq;
    if (!mayReceive(event, roleWhenWritten, this.roleNow)) return;
    if (this.waiting) {
      this.waiting.resolve({ value: event, done: false });
      this.waiting = undefined;
    } else {
      this.queue.push(event);
    }
  }
}
