import type { TypedDocumentString } from '../gql/graphql';
import { ApiError } from './errors';
import { execute } from './graphql';

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
 * Runs a query or mutation as the signed-in user (or anonymously): attaches the access token,
 * and when the API answers UNAUTHENTICATED because of the token, refreshes once and retries.
 *
 * @throws ApiError (see execute)
 */
export async function request<TResult, TVariables>(
  document: TypedDocumentString<TResult, TVariables>,
  variables: TVariables,
  options: { signal?: AbortSignal } = {},
): Promise<TResult> {
  const token = await hooks.accessToken();
  try {
    return await execute(document, variables, { token, signal: options.signal });
  } catch (error) {
    const refreshable = error instanceof ApiError && error.code === 'UNAUTHENTICATED' && token && REFRESHABLE.has(error.details.reason ?? '');
    if (!refreshable || !(await hooks.refresh())) throw error;
    return execute(document, variables, { token: await hooks.accessToken(), signal: options.signal });
  }
}
