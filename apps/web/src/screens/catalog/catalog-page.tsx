import { useEffect, useRef, useState } from 'preact/hooks';
import { request } from '../../api/client';
import { ApiError, toApiError } from '../../api/errors';
import { ErrorNotice } from '../../components/error-notice';
import { Loading, Page } from '../../components/page';
import type { CatalogPromptsQuery, PromptFilter } from '../../gql/graphql';
import {
  DIFFICULTIES,
  DIFFICULTY_LABEL,
  isOneOf,
  KIND_LABEL,
  KINDS,
  LEVEL_LABEL,
  LEVELS,
  STACK_LABEL,
  STACKS,
} from '../../lib/labels';
import { Link, location, navigate, withQuery } from '../../lib/router';
import { useStore } from '../../lib/store';
import { useQuery, useRetryOnReconnect } from '../../lib/use-query';
import { CatalogFacetsQuery, CatalogPromptsQuery as PromptsDocument } from './catalog.operations';
import { PromptBadges } from './prompt-badges';

/** Prompts per page (the API allows up to 100). */
export const PAGE_SIZE = 20;

/** URL query parameter per filter field: the address bar holds the filter, so it can be shared. */
const PARAMS = ['stack', 'kind', 'level', 'difficulty', 'topic', 'q'] as const;
type Params = Partial<Record<(typeof PARAMS)[number], string>>;

/** The API's filter from the URL's parameters; unknown values are ignored rather than sent. */
export function filterFromQuery(query: URLSearchParams): PromptFilter {
  const filter: PromptFilter = {};
  const stack = query.get('stack');
  const kind = query.get('kind');
  const level = query.get('level');
  const difficulty = query.get('difficulty');
  if (isOneOf(STACKS, stack)) filter.stack = stack;
  if (isOneOf(KINDS, kind)) filter.kind = kind;
  if (isOneOf(LEVELS, level)) filter.level = level;
  if (isOneOf(DIFFICULTIES, difficulty)) filter.difficulty = difficulty;
  const topic = query.get('topic');
  if (topic) filter.topic = topic;
  const search = query.get('q')?.trim();
  if (search) filter.search = search;
  return filter;
}

type Edge = CatalogPromptsQuery['prompts']['edges'][number];

interface Results {
  edges: Edge[];
  totalCount: number;
  hasNextPage: boolean;
  endCursor: string | null;
}

/** The catalog: filters (stack, kind, level, difficulty, topic), full-text search, paging. */
export function CatalogPage() {
  const { query } = useStore(location);
  const params: Params = Object.fromEntries(PARAMS.map((p) => [p, query.get(p) ?? ''])) as Params;
  const queryKey = PARAMS.map((p) => `${p}=${params[p]}`).join('&');
  const facets = useQuery(CatalogFacetsQuery, {}, 'facets');

  const [results, setResults] = useState<Results | null>(null);
  const [error, setError] = useState<ApiError | null>(null);
  const [loading, setLoading] = useState(false);
  const [loadingMore, setLoadingMore] = useState(false);
  const [attempt, setAttempt] = useState(0);
  const firstNew = useRef<number | null>(null);
  const list = useRef<HTMLOListElement>(null);

  // A new filter: the first page again.
  useEffect(() => {
    const controller = new AbortController();
    setLoading(true);
    setError(null);
    request(PromptsDocument, { filter: filterFromQuery(query), first: PAGE_SIZE }, { signal: controller.signal }).then(
      (data) => {
        if (controller.signal.aborted) return;
        setResults({ edges: data.prompts.edges, totalCount: data.prompts.totalCount, ...data.prompts.pageInfo });
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

  // After "Show more", focus moves to the first prompt that was added.
  useEffect(() => {
    if (firstNew.current === null) return;
    list.current?.querySelectorAll<HTMLAnchorElement>('li a.prompt-link')[firstNew.current]?.focus();
    firstNew.current = null;
  }, [results]);

  const showMore = async () => {
    if (!results?.endCursor) return;
    setLoadingMore(true);
    setError(null);
    try {
      const data = await request(PromptsDocument, { filter: filterFromQuery(query), first: PAGE_SIZE, after: results.endCursor });
      firstNew.current = results.edges.length;
      setResults({ edges: [...results.edges, ...data.prompts.edges], totalCount: data.prompts.totalCount, ...data.prompts.pageInfo });
    } catch (e) {
      setError(toApiError(e));
    } finally {
      setLoadingMore(false);
    }
  };

  const apply = (changes: Params, replace = false) => {
    navigate(withQuery('/catalog', { ...params, ...changes }), { replace });
  };

  const stacks = facets.data?.stacks;
  const topics = facets.data?.topics ?? [];
  const areas = [...new Map(topics.map((t) => [t.area, t.areaTitle])).entries()];
  const filtered = PARAMS.some((p) => params[p]);

  return (
    <Page title="Catalog">
      <p class="lead">Prompts for every stack and level: pick filters, or search titles and text.</p>
      <form
        class="filters"
        role="search"
        aria-label="Filter prompts"
        onSubmit={(event) => {
          event.preventDefault();
          const q = (new FormData(event.currentTarget).get('q') as string | null) ?? '';
          apply({ q: q.trim() });
        }}
      >
        <div class="field field-search">
          <label for="filter-q">Search</label>
          <SearchInput value={params.q ?? ''} onSearch={(q) => apply({ q }, true)} />
        </div>
        <div class="field">
          <label for="filter-stack">Stack</label>
          <select id="filter-stack" name="stack" value={params.stack} onChange={(e) => apply({ stack: e.currentTarget.value })}>
            <option value="">All stacks</option>
            {(stacks ?? STACKS.map((id) => ({ id, title: STACK_LABEL[id], promptCount: null as number | null }))).map((s) => (
              <option key={s.id} value={s.id}>
                {s.title}
                {s.promptCount !== null ? ` (${s.promptCount})` : ''}
              </option>
            ))}
          </select>
        </div>
        <div class="field">
          <label for="filter-kind">Kind</label>
          <select id="filter-kind" name="kind" value={params.kind} onChange={(e) => apply({ kind: e.currentTarget.value })}>
            <option value="">All kinds</option>
            {KINDS.map((k) => (
              <option key={k} value={k}>
                {KIND_LABEL[k]}
              </option>
            ))}
          </select>
        </div>
        <div class="field">
          <label for="filter-level">Level</label>
          <select id="filter-level" name="level" value={params.level} onChange={(e) => apply({ level: e.currentTarget.value })}>
            <option value="">All levels</option>
            {LEVELS.map((l) => (
              <option key={l} value={l}>
                {LEVEL_LABEL[l]}
              </option>
            ))}
          </select>
        </div>
        <div class="field">
          <label for="filter-difficulty">Difficulty</label>
          <select id="filter-difficulty" name="difficulty" value={params.difficulty} onChange={(e) => apply({ difficulty: e.currentTarget.value })}>
            <option value="">Any difficulty</option>
            {DIFFICULTIES.map((d) => (
              <option key={d} value={d}>
                {DIFFICULTY_LABEL[d]}
              </option>
            ))}
          </select>
        </div>
        <div class="field">
          <label for="filter-topic">Topic</label>
          <select id="filter-topic" name="topic" value={params.topic} onChange={(e) => apply({ topic: e.currentTarget.value })}>
            <option value="">All topics</option>
            {areas.map(([area, areaTitle]) => (
              <optgroup key={area} label={areaTitle}>
                <option value={area}>All of {areaTitle}</option>
                {topics
                  .filter((t) => t.area === area)
                  .map((t) => (
                    <option key={t.id} value={t.id}>
                      {t.title} ({t.promptCount})
                    </option>
                  ))}
              </optgroup>
            ))}
          </select>
        </div>
        {filtered && (
          <div class="field field-actions">
            <Link class="button button-quiet" href="/catalog">
              Clear filters
            </Link>
          </div>
        )}
      </form>
      {facets.error && <ErrorNotice error={facets.error} onRetry={facets.reload} retriesItself />}

      <div class="results" aria-busy={loading ? 'true' : 'false'}>
        <p class="result-count" role="status" aria-live="polite">
          {loading ? 'Searching…' : results ? countText(results.totalCount, filtered) : ''}
        </p>
        {error && <ErrorNotice error={error} onRetry={() => setAttempt((n) => n + 1)} retriesItself />}
        {loading && !results && <Loading label="Loading prompts…" />}
        {results && results.edges.length === 0 && !loading && (
          <div class="empty">
            <p>No prompt matches these filters.</p>
            {filtered && <Link href="/catalog">Show all prompts</Link>}
          </div>
        )}
        {results && results.edges.length > 0 && (
          <ol class="prompt-list" ref={list}>
            {results.edges.map(({ node }) => (
              <li key={node.id} class="prompt-card">
                <h2 class="prompt-card-title">
                  <Link class="prompt-link" href={`/prompts/${encodeURIComponent(node.slug)}`}>
                    {node.title}
                  </Link>
                </h2>
                <PromptBadges kind={node.kind} level={node.level} difficulty={node.difficulty} minutes={node.suggestedMinutes} />
                <p class="prompt-card-meta">
                  {node.topics.map((t) => t.title).join(' · ')}
                  {node.stacks.length < STACKS.length && <> · {node.stacks.map((s) => STACK_LABEL[s]).join(', ')}</>}
                </p>
              </li>
            ))}
          </ol>
        )}
        {results?.hasNextPage && (
          <p class="more">
            <button type="button" class="button" onClick={showMore} disabled={loadingMore}>
              {loadingMore ? 'Loading…' : `Show ${Math.min(PAGE_SIZE, results.totalCount - results.edges.length)} more`}
            </button>
            <span class="muted"> Showing {results.edges.length} of {results.totalCount}</span>
          </p>
        )}
      </div>
    </Page>
  );
}

function countText(total: number, filtered: boolean): string {
  const noun = total === 1 ? 'prompt' : 'prompts';
  return filtered ? `${total} ${noun} match` : `${total} ${noun}`;
}

/** The search box: searches 350 ms after typing stops, or at once on Enter. */
function SearchInput({ value, onSearch }: { value: string; onSearch(q: string): void }) {
  const [text, setText] = useState(value);
  const timer = useRef<ReturnType<typeof setTimeout>>(undefined);
  useEffect(() => setText(value), [value]);
  useEffect(() => () => clearTimeout(timer.current), []);
  return (
    <span class="search-box">
      <input
        id="filter-q"
        name="q"
        type="search"
        value={text}
        maxLength={200}
        autocomplete="off"
        placeholder="e.g. cache invalidation, -redis"
        aria-describedby="filter-q-help"
        onInput={(e) => {
          const next = e.currentTarget.value;
          setText(next);
          clearTimeout(timer.current);
          timer.current = setTimeout(() => next.trim() !== value && onSearch(next.trim()), 350);
        }}
        onKeyDown={(e) => e.key === 'Enter' && clearTimeout(timer.current)}
      />
      <button type="submit" class="button">
        Search
      </button>
      <span id="filter-q-help" class="visually-hidden">
        Words, "quoted phrases" and -excluded words; results are ranked by relevance.
      </span>
    </span>
  );
}
