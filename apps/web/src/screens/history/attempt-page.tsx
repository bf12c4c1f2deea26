import { ErrorNotice } from '../../components/error-notice';
import { Loading, Page } from '../../components/page';
import { ATTEMPT_MODE_LABEL, ATTEMPT_STATUS_LABEL, dateOnly, dateTime, RATING_LABEL } from '../../lib/labels';
import { Link } from '../../lib/router';
import { durationWords } from '../../lib/server-clock';
import { useQuery } from '../../lib/use-query';
import { PromptBadges } from '../catalog/prompt-badges';
import { AttemptReview } from '../practice/attempt-review';
import { practicePath } from '../practice/practice-page';
import { AttemptDetailQuery } from './history.operations';

/** One attempt: when and how, its answer and scores against the rubric, and the reference answer. */
export function AttemptPage({ id }: { id: string }) {
  const { data, error, loading, reload } = useQuery(AttemptDetailQuery, { id }, id);
  const attempt = data?.attempt.id === id ? data.attempt : undefined;
  if (!attempt) {
    return (
      <Page title={error ? 'Attempt not available' : 'Loading attempt'}>
        {error ? <ErrorNotice error={error} onRetry={error.code === 'NOT_FOUND' ? undefined : reload} retriesItself /> : loading && <Loading label="Loading attempt…" />}
        <p>
          <Link href="/history">Back to your history</Link>
        </p>
      </Page>
    );
  }
  const prompt = attempt.prompt;
  const title = prompt?.title ?? 'A prompt that has left the bank';
  return (
    <Page title={`Attempt: ${title}`} heading={title} class="attempt-page">
      <nav aria-label="Breadcrumb" class="breadcrumb">
        <Link href="/history">History</Link> <span aria-hidden="true">›</span> <span aria-current="page">Attempt of {dateOnly(attempt.startedAt)}</span>
      </nav>
      {prompt && <PromptBadges kind={prompt.kind} level={prompt.level} difficulty={prompt.difficulty} minutes={prompt.suggestedMinutes} />}
      <dl class="facts" data-testid="attempt-facts">
        <dt>Mode</dt>
        <dd>{ATTEMPT_MODE_LABEL[attempt.mode]}</dd>
        <dt>Status</dt>
        <dd>{ATTEMPT_STATUS_LABEL[attempt.status]}</dd>
        <dt>Started</dt>
        <dd>{dateTime(attempt.startedAt)}</dd>
        {attempt.submittedAt && (
          <>
            <dt>Submitted</dt>
            <dd>
              {dateTime(attempt.submittedAt)}
              {attempt.durationMs !== null ? ` (${durationWords(attempt.durationMs)})` : ''}
            </dd>
          </>
        )}
        <dt>Score</dt>
        <dd data-testid="attempt-score">{attempt.score !== null ? `${attempt.score} / 100` : '–'}</dd>
        {attempt.rating && (
          <>
            <dt>Rating</dt>
            <dd>{RATING_LABEL[attempt.rating]}</dd>
          </>
        )}
        <dt>Hints used</dt>
        <dd>{attempt.hintsUsed}</dd>
        {prompt?.myReview && (
          <>
            <dt>Next review</dt>
            <dd>{dateOnly(prompt.myReview.due)}</dd>
          </>
        )}
        {attempt.mockSessionId && (
          <>
            <dt>Mock interview</dt>
            <dd>
              <Link href={`/mock/${encodeURIComponent(attempt.mockSessionId)}`}>Open the session</Link>
            </dd>
          </>
        )}
      </dl>
      {prompt && (
        <p class="actions">
          <Link class="button button-primary" href={practicePath(prompt.slug, { attempt: attempt.status === 'IN_PROGRESS' ? attempt.id : null })}>
            {attempt.status === 'IN_PROGRESS' ? 'Continue this attempt' : 'Practise it again'}
          </Link>
          <Link class="button button-quiet" href={`/prompts/${encodeURIComponent(prompt.slug)}`}>
            The prompt in the catalog
          </Link>
        </p>
      )}
      {prompt && (
        <AttemptReview
          attempt={attempt}
          kind={prompt.kind}
          rubric={prompt.rubric}
          answers={attempt.status === 'IN_PROGRESS' ? null : prompt}
        />
      )}
    </Page>
  );
}
