import { observeDateHeader } from '../lib/server-clock';
import { reportHttpFailure, reportHttpSuccess } from './connection';
import { ApiError, type HttpErrorBody } from './errors';

/**
 * fetch for every request to the API (GraphQL and plain HTTP): a request that does not get an
 * answer marks the API unreachable, and each answer's Date header feeds the server clock.
 *
 * @throws ApiError NETWORK when no answer came; the fetch's own AbortError when `init.signal` aborted it
 */
export async function send(path: string, init: RequestInit): Promise<Response> {
  let res: Response;
  try {
    res = await fetch(path, init);
  } catch (error) {
    if (init.signal?.aborted) throw error;
    reportHttpFailure();
    throw new ApiError('The request did not reach the server.', 'NETWORK');
  }
  observeDateHeader(res.headers.get('date'));
  return res;
}

/**
 * The error for an answer that is not in the API's shape (a gateway's error page, a dropped
 * body). A 5xx may mean the API itself is down, so the connection state hears of it.
 */
export function badResponse(res: Response, requestId?: string): ApiError {
  if (res.status >= 500) reportHttpFailure();
  else reportHttpSuccess();
  return new ApiError(`HTTP ${res.status} ${res.statusText}`.trim(), 'BAD_RESPONSE', { status: res.status, requestId });
}

/**
 * A request to one of the API's plain-HTTP routes (the downloads under /export/), with the
 * access token as `Authorization: Bearer`. Returns the response when its status is 2xx; the body
 * is left to the caller.
 *
 * @throws ApiError from the JSON error body `{ error: { code, message, reason? } }` (UNAUTHENTICATED
 *   with details.reason for a refused token); BAD_RESPONSE for an error in another shape; NETWORK
 */
export async function fetchApi(path: string, init: RequestInit & { token?: string | null } = {}): Promise<Response> {
  const { token, ...rest } = init;
  const headers = new Headers(rest.headers);
  if (token) headers.set('authorization', `Bearer ${token}`);
  const res = await send(path, { ...rest, headers });
  if (res.ok) {
    reportHttpSuccess();
    return res;
  }
  const requestId = res.headers.get('x-request-id') ?? undefined;
  let body: { error?: HttpErrorBody } | undefined;
  try {
    body = (await res.json()) as typeof body;
  } catch {
    body = undefined;
  }
  if (!body?.error || typeof body.error.message !== 'string') throw badResponse(res, requestId);
  reportHttpSuccess();
  throw ApiError.fromHttp(body.error, requestId, res.status);
}
