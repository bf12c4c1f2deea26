import { useEffect, useRef, useState } from 'preact/hooks';
import { request } from '../../api/client';
import { type ApiError, toApiError } from '../../api/errors';
import { ErrorNotice } from '../../components/error-notice';
import type { PromptKind, PromptPickerQuery, Stack } from '../../gql/graphql';
import { DIFFICULTY_LABEL, KIND_LABEL, KINDS, LEVEL_LABEL } from '../../lib/labels';
import { PromptPickerQuery as PickerDocument } from './mock.operations';

export type PickedPrompt = PromptPickerQuery['prompts']['edges'][number]['node'];

/** Results the picker lists at once. */
const PICKER_SIZE = 8;

/**
 * Finds prompts in the catalog (full-text search, kind, the session's stack) and hands one
 * to `onPick` (plan it, push it). Searches 350 ms after typing stops.
 */
export function PromptPicker({ id, stack, onPick, actionLabel, chosen = [], disabled }: {
  /** Prefix of the controls' ids. */
  id: string;
  stack: Stack;
  onPick(prompt: PickedPrompt): void;
  /** The button's words, e.g. "Add to plan", "Push to the candidate". */
  actionLabel: string;
  /** Ids already chosen: their buttons are disabled. */
  chosen?: string[];
  disabled?: boolean;
}) {
  const [search, setSearch] = useState('');
  const [kind, setKind] = useState<PromptKind | ''>('');
  const [results, setResults] = useState<{ nodes: PickedPrompt[]; total: number } | null>(null);
  const [error, setError] = useState<ApiError | null>(null);
  const [loading, setLoading] = useState(false);
  const [term, setTerm] = useState('');
  const timer = useRef<ReturnType<typeof setTimeout>>(undefined);
  useEffect(() => () => clearTimeout(timer.current), []);

  useEffect(() => {
    const controller = new AbortController();
    setLoading(true);
    setError(null);
    request(PickerDocument, { filter: { stack, kind: kind || null, search: term || null }, first: PICKER_SIZE }, { signal: controller.signal }).then(
      (data) => {
        if (controller.signal.aborted) return;
        setResults({ nodes: data.prompts.edges.map((e) => e.node), total: data.prompts.totalCount });
        setLoading(false);
      },
      (e) => {
        if (controller.signal.aborted) return;
        setError(toApiError(e));
        setLoading(false);
      },
    );
    return () => controller.abort();
  }, [stack, kind, term]);

  return (
    <div class="prompt-picker">
      <div class="picker-controls">
        <div class="field field-grow">
          <label for={`${id}-search`}>Search the catalog</label>
          <input
            id={`${id}-search`}
            type="search"
            value={search}
            maxLength={200}
            autocomplete="off"
            placeholder="e.g. rate limiter"
            onInput={(e) => {
              const next = e.currentTarget.value;
              setSearch(next);
              clearTimeout(timer.current);
              timer.current = setTimeout(() => setTerm(next.trim()), 350);
            }}
            onKeyDown={(e) => {
              if (e.key === 'Enter') {
                e.preventDefault();
                clearTimeout(timer.current);
                setTerm(search.trim());
              }
            }}
          />
        </div>
        <div class="field">
          <label for={`${id}-kind`}>Kind</label>
          <select id={`${id}-kind`} value={kind} onChange={(e) => setKind(e.currentTarget.value as PromptKind | '')}>
            <option value="">All kinds</option>
            {KINDS.map((k) => (
              <option key={k} value={k}>
                {KIND_LABEL[k]}
              </option>
            ))}
          </select>
        </div>
      </div>
      <p class="muted picker-status" role="status" aria-live="polite">
        {loading ? 'Searching…' : results ? `${results.total} prompt${results.total === 1 ? '' : 's'}${results.total > results.nodes.length ? `, the first ${results.nodes.length} shown` : ''}` : ''}
      </p>
      {error && <ErrorNotice error={error} />}
      {results && results.nodes.length > 0 && (
        <ul class="picker-results">
          {results.nodes.map((p) => (
            <li key={p.id}>
              <span class="picker-title">
                <strong>{p.title}</strong>{' '}
                <span class="muted">
                  {KIND_LABEL[p.kind]} · {LEVEL_LABEL[p.level]} · {DIFFICULTY_LABEL[p.difficulty]} · {p.suggestedMinutes} min
                </span>
              </span>
              <button
                type="button"
                class="button button-small"
                disabled={disabled || chosen.includes(p.id)}
                aria-label={`${actionLabel}: ${p.title}`}
                onClick={() => onPick(p)}
              >
                {chosen.includes(p.id) ? 'Added' : actionLabel}
              </button>
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
