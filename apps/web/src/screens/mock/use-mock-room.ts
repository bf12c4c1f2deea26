import { useEffect, useRef, useState } from 'preact/hooks';
import { request } from '../../api/client';
import { type ApiError, toApiError } from '../../api/errors';
import { followLog } from '../../api/live';
import { observeServerTime } from '../../lib/server-clock';
import { useRetryOnReconnect } from '../../lib/use-query';
import { MockSessionEventsSubscription, MockSessionQuery } from './mock.operations';
import { SessionFold, type SessionView } from './session-model';

export interface MockRoom {
  view: SessionView | undefined;
  /** The session could not be read (first load). */
  error: ApiError | undefined;
  /** Live updates stopped with an error they do not recover from (e.g. FORBIDDEN after leaving). */
  liveError: ApiError | undefined;
  /** The last seq this client has, from the snapshot or the events since. */
  lastSeq: number | null;
  reload(): void;
}

/** Waits this long after an event that needs the session read again, so a burst reads once, ms. */
const REFETCH_DELAY_MS = 120;

/** A timer with both deadline and remainingMs tells the server's time to within the request's latency. */
function observeTimer(view: SessionView): void {
  if (view.timer.status === 'RUNNING' && view.timer.deadline) observeServerTime(Date.parse(view.timer.deadline) - view.timer.remainingMs, 250);
}

/**
 * A mock session, live: reads it (mockSession), then follows its events after the snapshot's
 * lastSeq (followLog), folding each into the view once and in order; across a dropped
 * connection the subscription resumes after the last seq seen, so nothing is lost. Events that
 * change more than they carry read the session again.
 */
export function useMockRoom(sessionId: string, me: string): MockRoom {
  const [view, setView] = useState<SessionView | undefined>(undefined);
  const [error, setError] = useState<ApiError | undefined>(undefined);
  const [liveError, setLiveError] = useState<ApiError | undefined>(undefined);
  const [attempt, setAttempt] = useState(0);
  const [lastSeq, setLastSeq] = useState<number | null>(null);
  const fold = useRef<SessionFold | null>(null);

  useEffect(() => {
    let stopped = false;
    let follow: { stop(): void } | undefined;
    let reading = false;
    let readAgain = false;
    let timer: ReturnType<typeof setTimeout> | undefined;

    const show = () => {
      if (stopped || !fold.current) return;
      setView(fold.current.view);
      setLastSeq(fold.current.view.lastSeq);
    };
    const read = async (): Promise<void> => {
      if (reading) {
        readAgain = true;
        return;
      }
      reading = true;
      try {
        const { mockSession } = await request(MockSessionQuery, { sessionId });
        if (stopped) return;
        observeTimer(mockSession);
        setError(undefined);
        if (!fold.current) {
          fold.current = new SessionFold(mockSession, me);
          show();
          startFollowing(mockSession.lastSeq);
        } else if (fold.current.rebase(mockSession)) {
          show();
        }
      } catch (e) {
        // Before the first snapshot there is nothing to show; after it, the next event or
        // reconnect reads again.
        if (!stopped && !fold.current) setError(toApiError(e));
      } finally {
        reading = false;
        if (readAgain && !stopped) {
          readAgain = false;
          void read();
        }
      }
    };
    const readSoon = () => {
      clearTimeout(timer);
      timer = setTimeout(() => void read(), REFETCH_DELAY_MS);
    };
    const startFollowing = (afterSeq: number) => {
      follow = followLog(
        MockSessionEventsSubscription,
        { sessionId, afterSeq },
        {
          afterSeq,
          seqOf: (data) => data.mockSessionEvents.seq,
          onEvent: (data) => {
            if (!fold.current) return;
            setLiveError(undefined);
            const again = fold.current.apply(data.mockSessionEvents);
            show();
            if (again) readSoon();
          },
          onError: (e) => !stopped && setLiveError(e),
        },
      );
    };

    fold.current = null;
    setView(undefined);
    setError(undefined);
    setLiveError(undefined);
    void read();
    return () => {
      stopped = true;
      clearTimeout(timer);
      follow?.stop();
    };
  }, [sessionId, me, attempt]);

  useRetryOnReconnect(error, () => setAttempt((n) => n + 1));

  return { view, error, liveError, lastSeq, reload: () => setAttempt((n) => n + 1) };
}
