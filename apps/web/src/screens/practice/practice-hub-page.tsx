import { useRef, useState } from 'preact/hooks';
import { request } from '../../api/client';
import { type ApiError, toApiError } from '../../api/errors';
import { session } from '../../auth/session';
import { ErrorNotice } from '../../components/error-notice';
import { fieldError, focusError, TextField } from '../../components/form';
import { Loading, Page } from '../../components/page';
import type { Level, PromptKind, Stack } from '../../gql/graphql';
import { dateOnly, dateTime, isOneOf, KIND_LABEL, KINDS, LEVEL_LABEL, LEVELS, QUEUE_REASON_LABEL, STACK_LABEL, STACKS } from '../../lib/labels';
import { Link, location, navigate, withQuery } from '../../lib/router';
import { durationWords } from '../../lib/server-clock';
import { useStore } from '../../lib/store';
import { useQuery } from '../../lib/use-query';
import { PromptBadges } from '../catalog/prompt-badges';
import { practicePath } from './practice-page';
import { InProgressAttemptsQuery, PracticeQueueQuery, PracticeSetsQuery, StartPracticeSetMutation } from './practice.operations';
import { SET_STATUS_LABEL } from './set-clock';

/** Prompts the queue shows at once. */
const QUEUE_SIZE = 10;
const SET_FIELDS = { 'input.minutes': 'set-minutes', 'input.size': 'set-size' };

interface Filter {
  stack: Stack | null;
  kind: PromptKind | null;
  level: Level | null;
}

/**
 * Practice: what to do next. Attempts in progress, the practice queue for a filter (reviews
 * due, then weak topics, then new prompts) and timed practice sets. The filter lives in the
 * address bar; without one, the stack and level are the profile's targets.
 */
export function PracticeHubPage() {
  const { query } = useStore(location);
  const user = useStore(session)?.user;
  const stackParam = query.get('stack');
  const levelParam = query.get('level');
  const filter: Filter = {
    // "all" chooses every stack or level on purpose; no parameter means the profile's target.
    stack: stackParam === null ? (user?.targetStack ?? null) : isOneOf(STACKS, stackParam) ? stackParam : null,
    kind: isOneOf(KINDS, query.get('kind')) ? (query.get('kind') as PromptKind) : null,
    level: levelParam === null ? (user?.targetLevel ?? null) : isOneOf(LEVELS, levelParam) ? levelParam : null,
  };
  const key = `${filter.stack}|${filter.kind}|${filter.level}`;
  const queue = useQuery(
    PracticeQueueQuery,
    { stack: filter.stack, kinds: filter.kind ? [filter.kind] : null, level: filter.level, count: QUEUE_SIZE },
    key,
  );
  const apply = (changes: Partial<Record<'stack' | 'kind' | 'level', string>>) => {
    const next = { stack: filter.stack ?? 'all', kind: filter.kind ?? '', level: filter.level ?? 'all', ...changes };
    navigate(withQuery('/practice', next), { replace: true });
  };

  return (
    <Page title="Practice">
      <p class="lead">Reviews that are due come first, then prompts from your weakest topics, then new ones.</p>
      <InProgress />

      <section aria-labelledby="queue-heading">
        <h2 id="queue-heading">Practice queue</h2>
        <form class="filters" aria-label="Filter the practice queue" onSubmit={(e) => e.preventDefault()}>
          <div class="field">
            <label for="queue-stack">Stack</label>
            <select id="queue-stack" value={filter.stack ?? 'all'} onChange={(e) => apply({ stack: e.currentTarget.value })}>
              <option value="all">All stacks</option>
              {STACKS.map((s) => (
                <option key={s} value={s}>
                  {STACK_LABEL[s]}
                </option>
              ))}
            </select>
          </div>
          <div class="field">
            <label for="queue-kind">Kind</label>
            <select id="queue-kind" value={filter.kind ?? ''} onChange={(e) => apply({ kind: e.currentTarget.value })}>
              <option value="">All kinds</option>
              {KINDS.map((k) => (
                <option key={k} value={k}>
                  {KIND_LABEL[k]}
                </option>
              ))}
            </select>
          </div>
          <div class="field">
            <label for="queue-level">Level</label>
            <select id="queue-level" value={filter.level ?? 'all'} onChange={(e) => apply({ level: e.currentTarget.value })}>
              <option value="all">All levels</option>
              {LEVELS.map((l) => (
                <option key={l} value={l}>
                  {LEVEL_LABEL[l]}
                </option>
              ))}
            </select>
          </div>
        </form>
        <div aria-busy={queue.loading ? 'true' : 'false'}>
          {queue.error && <ErrorNotice error={queue.error} onRetry={queue.reload} retriesItself />}
          {queue.loading && !queue.data && <Loading label="Loading your queue…" />}
          {queue.data && queue.data.practiceQueue.length === 0 && (
            <p class="empty">
              Nothing matches this filter. <Link href="/catalog">Browse the catalog</Link> instead.
            </p>
          )}
          {queue.data && queue.data.practiceQueue.length > 0 && (
            <ol class="prompt-list queue-list">
              {queue.data.practiceQueue.map((item) => (
                <li key={item.prompt.id} class="prompt-card">
                  <p class={`queue-reason queue-reason-${item.reason.toLowerCase()}`}>
                    {QUEUE_REASON_LABEL[item.reason]}
                    {item.reason === 'DUE_REVIEW' && item.due && <span class="muted"> since {dateOnly(item.due)}</span>}
                  </p>
                  <h3 class="prompt-card-title">
                    <Link class="prompt-link" href={practicePath(item.prompt.slug, { attempt: item.inProgressAttemptId })}>
                      {item.prompt.title}
                    </Link>
                    {item.inProgressAttemptId && <span class="badge badge-quiet"> in progress</span>}
                  </h3>
                  <PromptBadges kind={item.prompt.kind} level={item.prompt.level} difficulty={item.prompt.difficulty} minutes={item.prompt.suggestedMinutes} />
                  <p class="prompt-card-meta">{item.prompt.topics.map((t) => t.title).join(' · ')}</p>
                </li>
              ))}
            </ol>
          )}
        </div>
      </section>

      <StartSetForm filter={filter} />
      <RecentSets />
    </Page>
  );
}

function InProgress() {
  const { data, error, reload } = useQuery(InProgressAttemptsQuery, { first: 5 }, 'in-progress');
  if (error) return <ErrorNotice error={error} onRetry={reload} retriesItself />;
  const edges = data?.attempts.edges ?? [];
  if (edges.length === 0) return null;
  return (
    <section aria-labelledby="continue-heading" class="card continue">
      <h2 id="continue-heading">Continue where you left off</h2>
      <ul class="plain-list">
        {edges.map(({ node }) =>
          node.prompt ? (
            <li key={node.id}>
              <Link href={practicePath(node.prompt.slug, { set: node.practiceSetId, attempt: node.id })}>{node.prompt.title}</Link>{' '}
              <span class="muted">started {dateTime(node.startedAt)}</span>
            </li>
          ) : null,
        )}
      </ul>
    </section>
  );
}

function StartSetForm({ filter }: { filter: Filter }) {
  const [error, setError] = useState<ApiError | null>(null);
  const [busy, setBusy] = useState(false);
  const form = useRef<HTMLFormElement>(null);
  const submit = async (event: SubmitEvent) => {
    event.preventDefault();
    const data = new FormData(event.currentTarget as HTMLFormElement);
    setBusy(true);
    setError(null);
    try {
      const result = await request(StartPracticeSetMutation, {
        input: {
          stack: filter.stack,
          kinds: filter.kind ? [filter.kind] : null,
          level: filter.level,
          // Sent as typed, so the API's own rule names the field.
          minutes: Number(data.get('minutes')),
          size: Number(data.get('size')),
        },
      });
      navigate(`/practice/sets/${encodeURIComponent(result.startPracticeSet.id)}`);
    } catch (e) {
      const apiError = toApiError(e);
      setError(apiError);
      setBusy(false);
      focusError(form.current, apiError, SET_FIELDS);
    }
  };
  const fieldAtFault = error?.details.field && error.details.field in SET_FIELDS;
  return (
    <section aria-labelledby="set-heading">
      <h2 id="set-heading">Timed practice set</h2>
      <p class="muted">
        A few prompts from the head of this queue against one clock, with a target time per prompt by difficulty. You can pause the clock.
      </p>
      <form ref={form} class="inline-form" onSubmit={submit} noValidate>
        {error && !fieldAtFault && <ErrorNotice error={error} />}
        <TextField id="set-minutes" name="minutes" type="number" inputMode="numeric" label="Minutes" defaultValue="30" hint="1 to 240." error={fieldError(error, 'input.minutes')} />
        <TextField id="set-size" name="size" type="number" inputMode="numeric" label="Prompts" defaultValue="3" hint="1 to 20." error={fieldError(error, 'input.size')} />
        <button type="submit" class="button button-primary" disabled={busy}>
          {busy ? 'Starting…' : 'Start a practice set'}
        </button>
      </form>
    </section>
  );
}

function RecentSets() {
  const { data, error, reload } = useQuery(PracticeSetsQuery, { first: 5 }, 'sets');
  if (error) return <ErrorNotice error={error} onRetry={reload} retriesItself />;
  const edges = data?.practiceSets.edges ?? [];
  if (edges.length === 0) return null;
  return (
    <section aria-labelledby="sets-heading">
      <h2 id="sets-heading">Your practice sets</h2>
      <ul class="plain-list">
        {edges.map(({ node }) => (
          <li key={node.id}>
            <Link href={`/practice/sets/${encodeURIComponent(node.id)}`}>{dateTime(node.startedAt)}</Link> · {node.items.length} prompts, {node.minutes} min ·{' '}
            {SET_STATUS_LABEL[node.status]}
            {node.status === 'RUNNING' || node.status === 'PAUSED' ? `, ${durationWords(node.remainingMs)} left` : ''} · {node.submittedCount} submitted
            {node.averageScore !== null ? `, mean score ${node.averageScore}` : ''}
          </li>
        ))}
      </ul>
    </section>
  );
}
