import { useEffect, useRef, useState } from 'preact/hooks';
import { request } from '../../api/client';
import { type ApiError, toApiError } from '../../api/errors';
import { ErrorNotice } from '../../components/error-notice';
import { Loading, Page } from '../../components/page';
import type { AttemptHistoryQuery } from '../../gql/graphql';
import {
  ATTEMPT_MODE_LABEL,
  ATTEMPT_MODES,
  ATTEMPT_STATUS_LABEL,
  ATTEMPT_STATUSES,
  dateTime,
  KIND_LABEL,
  KINDS,
  RATING_LABEL,
  STACK_LABEL,
  STACKS,
} from '../../lib/labels';
import { Link, location, navigate, withQuery } from '../../lib/router';
import { durationWords } from '../../lib/server-clock';
import { useStore } from '../../lib/store';
import { useQuery, useRetryOnReconnect } from '../../lib/use-query';
import { CatalogFacetsQuery } from '../catalog/catalog.operations';
import { HISTORY_PARAMS, historyFilter } from './filter';
import { AttemptHistoryQuery as HistoryDocument } from './history.operations';

/** Attempts per page. */
export const HISTORY_PAGE_SIZE = 20;

type Params = Partial<Record<(typeof HISTORY_PARAMS)[number], string>>;
type Edge = AttemptHistoryQuery['attempts']['edges'][number];

/** Every attempt of the user, newest first: filters (stack, kind, topic, mode, status, days) and paging. */
export function HistoryPage() {
  const { query } = useStore(location);
  const params: Params = Object.fromEntries(HISTORY_PARAMS.map((p) => [p, query.get(p) ?? ''])) as Params;
  const queryKey = HISTORY_PARAMS.map((p) => `${p}=${params[p]}`).join('&');
  const facets = useQuery(CatalogFacetsQuery, {}, 'facets');
  const [results, setResults] = useState<{ edges: Edge[]; totalCount: number; hasNextPage: boolean; endCursor: string | null } | null>(null);
  const [error, setError] = useState<ApiError | null>(null);
  const [loading, setLoading] = useState(false);
  const [loadingMore, setLoadingMore] = useState(false);
  const [attempt, setAttempt] = useState(0);
  const firstNew = useRef<number | null>(null);
  const list = useRef<HTMLOListElement>(null);

  useEffect(() => {
    const controller = new AbortController();
    setLoading(true);
    setError(null);
    request(HistoryDocument, { filter: historyFilter(query), first: HISTORY_PAGE_SIZE }, { signal: controller.signal }).then(
      (data) => {
        if (controller.signal.aborted) return;
        setResults({ edges: data.attempts.edges, totalCount: data.attempts.totalCount, ...data.attempts.pageInfo });
        setLoading(false);
      },
      (e) => {
        if (controller.signal.aborted) return;
        setError(toApiError(e));
        setResults(null);
        setLoading(false);
      },
    );
    return () => controller.abort();
  }, [queryKey, attempt]);
  useRetryOnReconnect(error, () => setAttempt((n) => n + 1));

  useEffect(() => {
    if (firstNew.current === null) return;
    list.current?.querySelectorAll<HTMLAnchorElement>('a.attempt-link')[firstNew.current]?.focus();
    firstNew.current = null;
  }, [results]);

  const showMore = async () => {
    if (!results?.endCursor) return;
    setLoadingMore(true);
    setError(null);
    try {
      const data = await request(HistoryDocument, { filter: historyFilter(query), first: HISTORY_PAGE_SIZE, after: results.endCursor });
      firstNew.current = results.edges.length;
      setResults({ edges: [...results.edges, ...data.attempts.edges], totalCount: data.attempts.totalCount, ...data.attempts.pageInfo });
    } catch (e) {
      setError(toApiError(e));
    } finally {
      setLoadingMore(false);
    }
  };

  const apply = (changes: Params) => navigate(withQuery('/history', { ...params, ...changes }), { replace: true });
  const topics = facets.data?.topics ?? [];
  const areas = [...new Map(topics.map((t) => [t.area, t.areaTitle])).entries()];
  const filtered = HISTORY_PARAMS.some((p) => params[p]);
  const select = (name: keyof Params, label: string, all: string, options: [string, string][]) => (
    <div class="field">
      <label for={`history-${name}`}>{label}</label>
      <select id={`history-${name}`} value={params[name]} onChange={(e) => apply({ [name]: e.currentTarget.value })}>
        <option value="">{all}</option>
        {options.map(([value, text]) => (
          <option key={value} value={value}>
            {text}
          </option>
        ))}
      </select>
    </div>
  );

  return (
    <Page title="Attempt history">
      <p class="lead">Every attempt you made, solo and in mock interviews. Open one to read your answer beside the reference answer.</p>
      <form class="filters" aria-label="Filter attempts" onSubmit={(e) => e.preventDefault()}>
        {select(
          'stack',
          'Stack',
          'All stacks',
          STACKS.map((s) => [s, STACK_LABEL[s]]),
        )}
        {select(
          'kind',
          'Kind',
          'All kinds',
          KINDS.map((k) => [k, KIND_LABEL[k]]),
        )}
        <div class="field">
          <label for="history-topic">Topic</label>
          <select id="history-topic" value={params.topic} onChange={(e) => apply({ topic: e.currentTarget.value })}>
            <option value="">All topics</option>
            {areas.map(([area, areaTitle]) => (
              <optgroup key={area} label={areaTitle}>
                <option value={area}>All of {areaTitle}</option>
                {topics
                  .filter((t) => t.area === area)
                  .map((t) => (
                    <option key={t.id} value={t.id}>
                      {t.title}
                    </option>
                  ))}
              </optgroup>
            ))}
          </select>
        </div>
        {select(
          'mode',
          'Mode',
          'Solo and mock',
          ATTEMPT_MODES.map((m) => [m, ATTEMPT_MODE_LABEL[m]]),
        )}
        {select(
          'status',
          'Status',
          'Any status',
          ATTEMPT_STATUSES.map((s) => [s, ATTEMPT_STATUS_LABEL[s]]),
        )}
        <div class="field">
          <label for="history-from">From</label>
          <input id="history-from" type="date" value={params.from} onChange={(e) => apply({ from: e.currentTarget.value })} />
        </div>
        <div class="field">
          <label for="history-to">To</label>
          <input id="history-to" type="date" value={params.to} onChange={(e) => apply({ to: e.currentTarget.value })} />
        </div>
        {filtered && (
          <div class="field field-actions">
            <Link class="button button-quiet" href="/history">
              Clear filters
            </Link>
          </div>
        )}
      </form>
      {facets.error && <ErrorNotice error={facets.error} onRetry={facets.reload} retriesItself />}

      <div class="results" aria-busy={loading ? 'true' : 'false'}>
        <p class="result-count" role="status" aria-live="polite">
          {loading ? 'Loading…' : results ? `${results.totalCount} attempt${results.totalCount === 1 ? '' : 's'}${filtered ? ' match' : ''}` : ''}
        </p>
        {error && <ErrorNotice error={error} onRetry={() => setAttempt((n) => n + 1)} retriesItself />}
        {loading && !results && <Loading label="Loading attempts…" />}
        {results && results.edges.length === 0 && !loading && (
          <div class="empty">
            <p>{filtered ? 'No attempt matches these filters.' : 'No attempts yet.'}</p>
            <p>
              <Link href="/practice">Practise something</Link>
            </p>
          </div>
        )}
        {results && results.edges.length > 0 && (
          <ol class="attempt-list" ref={list}>
            {results.edges.map(({ node }) => (
              <li key={node.id} class="attempt-card" data-status={node.status}>
                <h2 class="attempt-card-title">
                  <Link class="attempt-link" href={`/history/${encodeURIComponent(node.id)}`}>
                    {node.prompt?.title ?? 'A prompt that has left the bank'}
                  </Link>
                </h2>
                <p class="attempt-card-meta">
                  {node.prompt && <span class={`badge badge-kind-${node.prompt.kind.toLowerCase()}`}>{KIND_LABEL[node.prompt.kind]}</span>}{' '}
                  <span class="badge badge-quiet">{ATTEMPT_MODE_LABEL[node.mode]}</span> {dateTime(node.startedAt)} ·{' '}
                  <strong>{ATTEMPT_STATUS_LABEL[node.status]}</strong>
                  {node.score !== null && (
                    <>
                      {' '}
                      · score <strong data-testid="history-score">{node.score}</strong>
                    </>
                  )}
                  {node.rating && <> · rated {RATING_LABEL[node.rating]}</>}
                  {node.durationMs !== null && <> · {durationWords(node.durationMs)}</>}
                </p>
              </li>
            ))}
          </ol>
        )}
        {results?.hasNextPage && (
          <p class="more">
            <button type="button" class="button" onClick={showMore} disabled={loadingMore}>
              {loadingMore ? 'Loading…' : `Show ${Math.min(HISTORY_PAGE_SIZE, results.totalCount - results.edges.length)} more`}
            </button>
            <span class="muted">
              {' '}
              Showing {results.edges.length} of {results.totalCount}
            </span>
          </p>
        )}
      </div>
    </Page>
  );
}
