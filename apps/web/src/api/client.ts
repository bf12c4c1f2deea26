import type { TypedDocumentString } from '../gql/graphql';
import { ApiError } from './errors';
import { execute } from './graphql';
import { fetchApi } from './http';

/**
 * How requests get an access token; the session (auth/session.ts) installs these when accounts
 * are present. Without them every request goes out anonymous.
 */
export interface AuthHooks {
  /** A token valid for at least a little longer (refreshed first if it is about to expire), or null. */
  accessToken(): Promise<string | null>;
  /** Exchanges the refresh token after the API refused the access token; false when the session is over. */
  refresh(): Promise<boolean>;
}

let hooks: AuthHooks = { accessToken: async () => null, refresh: async () => false };

export function installAuthHooks(next: AuthHooks): void {
  hooks = next;
}

/** Reasons with which the API refuses an access token that a refresh can cure. */
const REFRESHABLE = new Set(['EXPIRED', 'INVALID', 'REVOKED']);

/**
 * Runs `send` with the access token; when the API refuses the token for a reason a refresh can
 * cure, refreshes once and runs it again with the new token.
 */
async function withAccessToken<T>(send: (token: string | null) => Promise<T>): Promise<T> {
  const token = await hooks.accessToken();
  try {
    return await send(token);
  } catch (error) {
    const refreshable = error instanceof ApiError && error.code === 'UNAUTHENTICATED' && token && REFRESHABLE.has(error.details.reason ?? '');
    if (!refreshable || !(await hooks.refresh())) throw error;
    return send(await hooks.accessToken());
  }
}

/**
 * Runs a query or mutation as the signed-in user (or anonymously): attaches the access token,
 * and when the API answers UNAUTHENTICATED because of the token, refreshes once and retries.
 *
 * @throws ApiError (see execute)
 */
export function request<TResult, TVariables>(
  document: TypedDocumentString<TResult, TVariables>,
  variables: TVariables,
  options: { signal?: AbortSignal } = {},
): Promise<TResult> {
  return withAccessToken((token) => execute(document, variables, { token, signal: options.signal }));
}

/**
 * fetch of a plain-HTTP API route (e.g. `/export/me.json`) as the signed-in user, with the same
 * token handling as {@link request}: `Authorization: Bearer`, one refresh and retry when the
 * token is refused. Returns the 2xx response with its body unread.
 *
 * @throws ApiError (see fetchApi): the code of the JSON error body, BAD_RESPONSE, NETWORK
 */
export function authorizedFetch(path: string, init: RequestInit = {}): Promise<Response> {
  return withAccessToken((token) => fetchApi(path, { ...init, token }));
}
