import type { TypedDocumentString } from '../gql/graphql';
import { reportHttpSuccess } from './connection';
import { ApiError, type GraphQLErrorBody } from './errors';
import { badResponse, send } from './http';

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
  const res = await send(GRAPHQL_PATH, {
    method: 'POST',
    headers,
    body: JSON.stringify({ query: document.toString(), variables: variables ?? undefined }),
    signal,
  });
  const requestId = res.headers.get('x-request-id') ?? undefined;
  let body: { data?: TResult | null; errors?: GraphQLErrorBody[] } | undefined;
  try {
    body = (await res.json()) as typeof body;
  } catch {
    body = undefined;
  }
  // A gateway error page or a dropped answer: the API itself may be down.
  if (!body || (!body.data && !body.errors?.length)) throw badResponse(res, requestId);
  reportHttpSuccess();
  if (body.errors?.length) throw ApiError.fromGraphQL(body.errors[0], requestId);
  return body.data as TResult;
}
