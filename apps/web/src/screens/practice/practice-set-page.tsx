import { useState } from 'preact/hooks';
import { ErrorNotice } from '../../components/error-notice';
import { Loading, Page } from '../../components/page';
import { ATTEMPT_STATUS_LABEL, DIFFICULTY_LABEL, KIND_LABEL, LEVEL_LABEL, STACK_LABEL, dateTime } from '../../lib/labels';
import { Link } from '../../lib/router';
import { durationWords } from '../../lib/server-clock';
import { practicePath } from './practice-page';
import { SetClock } from './set-clock';
import { usePracticeSet } from './use-practice-set';

/** A timed practice set: its clock (pause, resume, finish) and its prompts with their targets. */
export function PracticeSetPage({ id }: { id: string }) {
  const state = usePracticeSet(id);
  const [confirmFinish, setConfirmFinish] = useState(false);
  const { set } = state;
  if (!set) {
    return (
      <Page title={state.error ? 'Practice set not available' : 'Loading practice set'}>
        {state.error ? <ErrorNotice error={state.error} onRetry={state.error.code === 'NOT_FOUND' ? undefined : state.reload} retriesItself /> : <Loading />}
        <p>
          <Link href="/practice">Back to practice</Link>
        </p>
      </Page>
    );
  }
  const open = set.status === 'RUNNING' || set.status === 'PAUSED';
  const filter = [set.stack ? STACK_LABEL[set.stack] : 'All stacks', set.level ? LEVEL_LABEL[set.level] : 'all levels', set.kinds.length ? set.kinds.map((k) => KIND_LABEL[k]).join(', ') : 'all kinds'];
  return (
    <Page title="Practice set">
      <nav aria-label="Breadcrumb" class="breadcrumb">
        <Link href="/practice">Practice</Link> <span aria-hidden="true">›</span> <span aria-current="page">Practice set</span>
      </nav>
      <p class="lead">
        {set.items.length} prompts · {filter.join(' · ')} · started {dateTime(set.startedAt)}
      </p>
      <SetClock state={state} />
      <p>
        {set.submittedCount} of {set.items.length} submitted{set.averageScore !== null ? `, mean score ${set.averageScore} / 100` : ''}.
      </p>
      <ol class="prompt-list set-items">
        {set.items.map((item) => (
          <li key={item.position} class="prompt-card" data-item-status={item.status ?? 'NOT_STARTED'}>
            <h2 class="prompt-card-title">
              {item.prompt ? (
                item.attempt?.status === 'SUBMITTED' ? (
                  <Link class="prompt-link" href={`/history/${encodeURIComponent(item.attempt.id)}`}>
                    {item.prompt.title}
                  </Link>
                ) : (
                  <Link class="prompt-link" href={practicePath(item.prompt.slug, { set: set.id, attempt: item.attempt?.status === 'IN_PROGRESS' ? item.attempt.id : null })}>
                    {item.prompt.title}
                  </Link>
                )
              ) : (
                'A prompt that has left the bank'
              )}
            </h2>
            <p class="prompt-card-meta">
              {item.prompt ? `${KIND_LABEL[item.prompt.kind]} · ` : ''}
              {DIFFICULTY_LABEL[item.difficulty]} · aim for {durationWords(item.targetMs)} ·{' '}
              <strong>{item.status ? ATTEMPT_STATUS_LABEL[item.status] : 'Not started'}</strong>
              {item.attempt?.score !== null && item.attempt?.score !== undefined ? `, score ${item.attempt.score}` : ''}
            </p>
          </li>
        ))}
      </ol>
      {open && (
        <div class="actions">
          {confirmFinish ? (
            <>
              <span>Finish the set now? Prompts not submitted stay unanswered.</span>
              <button type="button" class="button button-danger" disabled={state.busy} onClick={() => void state.finish().then(() => setConfirmFinish(false))}>
                Yes, finish it
              </button>
              <button type="button" class="button button-quiet" onClick={() => setConfirmFinish(false)}>
                Keep going
              </button>
            </>
          ) : (
            <button type="button" class="button button-quiet" onClick={() => setConfirmFinish(true)}>
              Finish the set
            </button>
          )}
        </div>
      )}
    </Page>
  );
}
