import type { TypedDocumentString } from '../gql/graphql';
import { observeDateHeader } from '../lib/server-clock';
import { reportHttpFailure, reportHttpSuccess } from './connection';
import { ApiError, type GraphQLErrorBody } from './errors';

/** The GraphQL endpoint: same origin, so the client works behind any proxy that serves it. */
export const GRAPHQL_PATH = '/graphql';

export interface ExecuteOptions {
  /** Access token for `Authorization: Bearer`. */
  token?: string | null;
  signal?: AbortSignal;
}

/**
 * Sends one query or mutation over HTTP (fetch) and returns its data.
 *
 * @throws ApiError with the API's extensions.code and extensions.field; NETWORK when the request
 *   did not reach the API, BAD_RESPONSE when the answer was not GraphQL.
 */
export async function execute<TResult, TVariables>(
  document: TypedDocumentString<TResult, TVariables>,
  variables: TVariables,
  { token, signal }: ExecuteOptions = {},
): Promise<TResult> {
  const headers: Record<string, string> = { 'content-type': 'application/json', accept: 'application/graphql-response+json, application/json' };
  if (token) headers.authorization = `Bearer ${token}`;
  let res: Response;
  try {
    res = await fetch(GRAPHQL_PATH, {
      method: 'POST',
      headers,
      body: JSON.stringify({ query: document.toString(), variables: variables ?? undefined }),
      signal,
    });
  } catch (error) {
    if (signal?.aborted) throw error;
    reportHttpFailure();
    throw new ApiError('The request did not reach the server.', 'NETWORK');
  }
  const requestId = res.headers.get('x-request-id') ?? undefined;
  observeDateHeader(res.headers.get('date'));
  let body: { data?: TResult | null; errors?: GraphQLErrorBody[] } | undefined;
  try {
    body = (await res.json()) as typeof body;
  } catch {
    body = undefined;
  }
  if (!body || (!body.data && !body.errors?.length)) {
    // A gateway error page or a dropped answer: the API itself may be down.
    if (res.status >= 500) reportHttpFailure();
    else reportHttpSuccess();
    throw new ApiError(`HTTP ${res.status} ${res.statusText}`.trim(), 'BAD_RESPONSE', { status: res.status, requestId });
  }
  reportHttpSuccess();
  if (body.errors?.length) throw ApiError.fromGraphQL(body.errors[0], requestId);
  return body.data as TResult;
}
