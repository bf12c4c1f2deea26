import { useEffect, useState } from 'preact/hooks';
import { request } from '../../api/client';
import { type ApiError, toApiError } from '../../api/errors';
import { useNow } from '../../components/clock';
import type { PracticeSetFieldsFragment } from '../../gql/graphql';
import { useRetryOnReconnect } from '../../lib/use-query';
import { FinishPracticeSetMutation, PausePracticeSetMutation, PracticeSetQuery, ResumePracticeSetMutation } from './practice.operations';

export type PracticeSet = PracticeSetFieldsFragment;

export interface PracticeSetState {
  set: PracticeSet | undefined;
  error: ApiError | undefined;
  /** Budget left now, ms: the server's remainingMs counted down since it arrived while RUNNING. */
  remainingMs: number;
  busy: boolean;
  pause(): Promise<void>;
  resume(): Promise<void>;
  finish(): Promise<void>;
  reload(): void;
}

/**
 * A practice set and its clock. The server keeps the time (elapsedMs, remainingMs, pauses
 * excluded); this counts down from its last answer and asks again when the time runs out, so
 * the status turns TIME_UP as the server says it.
 */
export function usePracticeSet(id: string | null): PracticeSetState {
  const [state, setState] = useState<{ set?: PracticeSet; at: number; error?: ApiError; busy: boolean }>({ at: 0, busy: false });
  const [attempt, setAttempt] = useState(0);
  const running = state.set?.status === 'RUNNING';
  const now = useNow(250, running);

  useEffect(() => {
    if (!id) return;
    const controller = new AbortController();
    request(PracticeSetQuery, { id }, { signal: controller.signal }).then(
      (data) => !controller.signal.aborted && setState((s) => ({ ...s, set: data.practiceSet, at: Date.now(), error: undefined })),
      (error) => !controller.signal.aborted && setState((s) => ({ ...s, error: toApiError(error) })),
    );
    return () => controller.abort();
  }, [id, attempt]);
  useRetryOnReconnect(state.error, () => setAttempt((n) => n + 1));

  const remainingMs = !state.set ? 0 : running ? Math.max(0, state.set.remainingMs - (now - state.at)) : state.set.remainingMs;

  // The time ran out here: the server decides (TIME_UP), so ask it.
  useEffect(() => {
    if (running && remainingMs === 0) {
      const timer = setTimeout(() => setAttempt((n) => n + 1), 500);
      return () => clearTimeout(timer);
    }
  }, [running, remainingMs === 0]);

  const act = async (run: (id: string) => Promise<PracticeSet>) => {
    if (!id) return;
    setState((s) => ({ ...s, busy: true, error: undefined }));
    try {
      const set = await run(id);
      setState((s) => ({ ...s, set, at: Date.now(), busy: false }));
    } catch (error) {
      setState((s) => ({ ...s, error: toApiError(error), busy: false }));
    }
  };

  return {
    set: state.set,
    error: state.error,
    remainingMs,
    busy: state.busy,
    pause: () => act(async (id) => (await request(PausePracticeSetMutation, { id })).pausePracticeSet),
    resume: () => act(async (id) => (await request(ResumePracticeSetMutation, { id })).resumePracticeSet),
    finish: () => act(async (id) => (await request(FinishPracticeSetMutation, { id })).finishPracticeSet),
    reload: () => setAttempt((n) => n + 1),
  };
}
