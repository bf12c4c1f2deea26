import { beforeEach, describe, expect, it, vi } from 'vitest';
import type { TypedDocumentString } from '../gql/graphql';

interface FakeSubscription {
  payload: { query: string; variables: Record<string, unknown> };
  sink: { next(value: { data?: unknown }): void; error(error: unknown): void; complete(): void };
  disposed: boolean;
  /** What graphql-ws sends when it re-subscribes after a reconnect: the same payload object, serialised again. */
  resend(): Record<string, unknown>;
}

const subscriptions: FakeSubscription[] = [];

vi.mock('graphql-ws', () => ({
  createClient: () => ({
    on: () => () => {},
    dispose: async () => {},
    subscribe(payload: FakeSubscription['payload'], sink: FakeSubscription['sink']) {
      const s: FakeSubscription = { payload, sink, disposed: false, resend: () => JSON.parse(JSON.stringify(payload.variables)) };
      subscriptions.push(s);
      return () => {
        s.disposed = true;
      };
    },
  }),
}));

const { followLog } = await import('./live');

type Event = { sessionEvents: { seq: number; type: string } };
const EVENTS = 'subscription E($sessionId: ID!, $afterSeq: Int) { sessionEvents(sessionId: $sessionId, afterSeq: $afterSeq) { seq type } }' as unknown as TypedDocumentString<
  Event,
  { sessionId: string; afterSeq?: number | null }
>;
const event = (seq: number) => ({ data: { sessionEvents: { seq, type: `E${seq}` } } });

describe('followLog', () => {
  beforeEach(() => {
    subscriptions.length = 0;
    vi.stubGlobal('location', { protocol: 'http:', host: 'localhost' });
  });

  it('shows each event once, in order, and resumes after the last seq seen when graphql-ws re-subscribes', () => {
    const seen: number[] = [];
    const follow = followLog(EVENTS, { sessionId: 's1' }, { seqOf: (d) => d.sessionEvents.seq, onEvent: (d) => seen.push(d.sessionEvents.seq) });
    const [sub] = subscriptions;
    expect(sub.resend()).toEqual({ sessionId: 's1', afterSeq: null });
    sub.sink.next(event(1));
    sub.sink.next(event(2));
    sub.sink.next(event(2));
    expect(seen).toEqual([1, 2]);
    // The socket dropped and came back: graphql-ws sends the same payload, now after seq 2.
    expect(sub.resend()).toEqual({ sessionId: 's1', afterSeq: 2 });
    sub.sink.next(event(1));
    sub.sink.next(event(3));
    expect(seen).toEqual([1, 2, 3]);
    expect(follow.lastSeq()).toBe(3);
    follow.stop();
    expect(sub.disposed).toBe(true);
  });

  it('takes a jump in seq as events left out for this subscriber, without resubscribing', () => {
    const seen: number[] = [];
    followLog(EVENTS, { sessionId: 's1' }, { afterSeq: 4, seqOf: (d) => d.sessionEvents.seq, onEvent: (d) => seen.push(d.sessionEvents.seq) });
    subscriptions[0].sink.next(event(5));
    subscriptions[0].sink.next(event(7));
    expect(seen).toEqual([5, 7]);
    expect(subscriptions).toHaveLength(1);
    expect(subscriptions[0].resend()).toEqual({ sessionId: 's1', afterSeq: 7 });
  });

  it('follows again from the last seq seen when the server ends the stream', () => {
    vi.useFakeTimers();
    try {
      const seen: number[] = [];
      const follow = followLog(EVENTS, { sessionId: 's1' }, { afterSeq: 2, seqOf: (d) => d.sessionEvents.seq, onEvent: (d) => seen.push(d.sessionEvents.seq) });
      subscriptions[0].sink.next(event(3));
      subscriptions[0].sink.complete();
      expect(subscriptions[0].disposed).toBe(true);
      vi.advanceTimersByTime(1_000);
      expect(subscriptions).toHaveLength(2);
      expect(subscriptions[1].resend()).toEqual({ sessionId: 's1', afterSeq: 3 });
      subscriptions[1].sink.next(event(3));
      subscriptions[1].sink.next(event(4));
      expect(seen).toEqual([3, 4]);
      follow.stop();
      expect(subscriptions[1].disposed).toBe(true);
    } finally {
      vi.useRealTimers();
    }
  });
});
