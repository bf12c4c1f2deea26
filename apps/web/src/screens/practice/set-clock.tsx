import { ErrorNotice } from '../../components/error-notice';
import type { PracticeSetStatus } from '../../gql/graphql';
import { formatDuration, durationWords } from '../../lib/server-clock';
import type { PracticeSetState } from './use-practice-set';

export const SET_STATUS_LABEL: Record<PracticeSetStatus, string> = { RUNNING: 'Running', PAUSED: 'Paused', TIME_UP: 'Time is up', FINISHED: 'Finished' };

/** A practice set's countdown with pause and resume (the server keeps the time). */
export function SetClock({ state }: { state: PracticeSetState }) {
  const { set, remainingMs, busy } = state;
  if (!set) return state.error ? <ErrorNotice error={state.error} onRetry={state.reload} retriesItself /> : null;
  const open = set.status === 'RUNNING' || set.status === 'PAUSED';
  return (
    <div class={`set-clock set-clock-${set.status.toLowerCase()}`} data-set-status={set.status}>
      <p class="clock-line">
        <span class="clock" role="timer" aria-label={`Time left in the set: ${durationWords(remainingMs)}`}>
          {formatDuration(remainingMs)}
        </span>{' '}
        <span class="muted">
          left of {set.minutes} min · <span data-testid="set-status">{SET_STATUS_LABEL[set.status]}</span>
        </span>
      </p>
      {open && (
        <p class="actions">
          {set.status === 'RUNNING' ? (
            <button type="button" class="button" disabled={busy} onClick={() => void state.pause()}>
              Pause the clock
            </button>
          ) : (
            <button type="button" class="button button-primary" disabled={busy} onClick={() => void state.resume()}>
              Resume the clock
            </button>
          )}
        </p>
      )}
      {state.error && <ErrorNotice error={state.error} />}
    </div>
  );
}
