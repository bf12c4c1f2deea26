import { useEffect, useRef, useState } from 'preact/hooks';
import { request } from '../api/client';
import { connection } from '../api/connection';
import { ApiError, toApiError } from '../api/errors';
import type { TypedDocumentString } from '../gql/graphql';

export interface QueryState<TResult> {
  data: TResult | undefined;
  error: ApiError | undefined;
  loading: boolean;
  /** Runs the query again (a "Try again" button). */
  reload(): void;
}

/**
 * Runs a query when the component shows and whenever `key` changes; the previous request is
 * cancelled. After a NETWORK error it runs again by itself when the API answers again.
 *
 * @param variables null skips the query
 * @param key changes when the variables change (e.g. the URL's query string)
 */
export function useQuery<TResult, TVariables>(
  document: TypedDocumentString<TResult, TVariables>,
  variables: TVariables | null,
  key: string,
): QueryState<TResult> {
  const [state, setState] = useState<{ data?: TResult; error?: ApiError; loading: boolean }>({ loading: variables !== null });
  const [attempt, setAttempt] = useState(0);
  const latest = useRef(variables);
  latest.current = variables;

  useEffect(() => {
    if (latest.current === null) {
      setState({ loading: false });
      return;
    }
    const controller = new AbortController();
    setState((s) => ({ data: s.data, loading: true }));
    request(document, latest.current, { signal: controller.signal }).then(
      (data) => !controller.signal.aborted && setState({ data, loading: false }),
      (error) => !controller.signal.aborted && setState((s) => ({ data: s.data, error: toApiError(error), loading: false })),
    );
    return () => controller.abort();
  }, [document, key, attempt]);

  useRetryOnReconnect(state.error, () => setAttempt((n) => n + 1));

  return { data: state.data, error: state.error, loading: state.loading, reload: () => setAttempt((n) => n + 1) };
}

/** After a NETWORK error, calls `retry` once the API answers again (no "Try again" needed). */
export function useRetryOnReconnect(error: ApiError | null | undefined, retry: () => void): void {
  const latest = useRef(retry);
  latest.current = retry;
  useEffect(() => {
    if (error?.code !== 'NETWORK') return;
    const stop = connection.subscribe((c) => {
      if (c.http === 'ok' && c.browserOnline) {
        stop();
        latest.current();
      }
    });
    return stop;
  }, [error]);
}
