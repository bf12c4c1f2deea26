/**
 * The codes an error can carry: the API's fixed set (extensions.code, see the README), plus two
 * the client adds itself when no GraphQL answer arrived.
 */
export type ApiErrorCode =
  | 'BAD_USER_INPUT'
  | 'UNAUTHENTICATED'
  | 'FORBIDDEN'
  | 'NOT_FOUND'
  | 'CONFLICT'
  | 'RATE_LIMITED'
  | 'INTERNAL_SERVER_ERROR'
  /** The request did not reach the API, or its answer did not come back. */
  | 'NETWORK'
  /** An answer came back that is not GraphQL (a proxy's error page, a 502). */
  | 'BAD_RESPONSE';

const API_CODES = new Set<string>(['BAD_USER_INPUT', 'UNAUTHENTICATED', 'FORBIDDEN', 'NOT_FOUND', 'CONFLICT', 'RATE_LIMITED', 'INTERNAL_SERVER_ERROR']);

/** One problem with one input field, from extensions.problems. */
export interface FieldProblem {
  field: string;
  message: string;
}

/** A GraphQL error as the API formats it (libs/platform/src/errors/format-error.ts). */
export interface GraphQLErrorBody {
  message: string;
  path?: (string | number)[];
  extensions?: { code?: string; field?: string; reason?: string; retryAfter?: number; problems?: FieldProblem[]; [key: string]: unknown };
}

/**
 * The error of the API's plain-HTTP routes (/export/…), `{ error: { code, message, …details } }`:
 * the same code and details as a GraphQL error's extensions (libs/progress/src/export/http-error.filter.ts).
 */
export interface HttpErrorBody {
  code?: string;
  message: string;
  [key: string]: unknown;
}

/** An error of an operation, with what the API said about it. */
export class ApiError extends Error {
  override readonly name = 'ApiError';

  constructor(
    message: string,
    readonly code: ApiErrorCode,
    readonly details: {
      /** The argument path at fault, e.g. `input.email`, `filter.search`. */
      field?: string;
      /** A finer reason, e.g. EXPIRED for an access token. */
      reason?: string;
      /** RATE_LIMITED: seconds until the next try can succeed. */
      retryAfter?: number;
      problems?: FieldProblem[];
      /** The x-request-id of the HTTP exchange, for the operator's logs. */
      requestId?: string;
      /** HTTP status when the answer was not GraphQL (or came from a plain-HTTP route). */
      status?: number;
    } = {},
  ) {
    super(message);
  }

  /** The error of a GraphQL response; an unknown code counts as an internal error. */
  static fromGraphQL(error: GraphQLErrorBody, requestId?: string): ApiError {
    const ext = error.extensions ?? {};
    const code = (typeof ext.code === 'string' && API_CODES.has(ext.code) ? ext.code : 'INTERNAL_SERVER_ERROR') as ApiErrorCode;
    return new ApiError(error.message, code, {
      field: typeof ext.field === 'string' ? ext.field : undefined,
      reason: typeof ext.reason === 'string' ? ext.reason : undefined,
      retryAfter: typeof ext.retryAfter === 'number' ? ext.retryAfter : undefined,
      problems: Array.isArray(ext.problems) ? ext.problems : undefined,
      requestId,
    });
  }

  /** The error of a plain-HTTP route's JSON body; an unknown code counts as an internal error. */
  static fromHttp(error: HttpErrorBody, requestId?: string, status?: number): ApiError {
    const { message, ...extensions } = error;
    const parsed = ApiError.fromGraphQL({ message, extensions }, requestId);
    return new ApiError(parsed.message, parsed.code, { ...parsed.details, status });
  }
}

/** Turns anything thrown into an ApiError, so screens show one kind of message. */
export function toApiError(error: unknown): ApiError {
  if (error instanceof ApiError) return error;
  if (error instanceof DOMException && error.name === 'AbortError') return new ApiError('The request was cancelled.', 'NETWORK');
  return new ApiError(error instanceof Error ? error.message : String(error), 'INTERNAL_SERVER_ERROR');
}

/** The headline a person reads for each code; the API's own message follows it. */
export function errorTitle(error: ApiError): string {
  switch (error.code) {
    case 'BAD_USER_INPUT':
      return 'Please check what you entered';
    case 'UNAUTHENTICATED':
      return error.details.reason === 'INVALID_CREDENTIALS' ? 'Sign-in failed' : 'Please sign in';
    case 'FORBIDDEN':
      return 'You are not allowed to do that';
    case 'NOT_FOUND':
      return 'Not found';
    case 'CONFLICT':
      return 'That clashes with something that already exists';
    case 'RATE_LIMITED':
      return error.details.retryAfter ? `Too many attempts: try again in ${formatSeconds(error.details.retryAfter)}` : 'Too many attempts: wait a moment';
    case 'NETWORK':
      return 'Cannot reach the server';
    case 'BAD_RESPONSE':
      return 'The server answered with an error';
    case 'INTERNAL_SERVER_ERROR':
      return 'Something went wrong on the server';
  }
}

/**
 * What to do about it, when there is something to do.
 *
 * @param retriesItself the screen repeats the request by itself once the API answers (useQuery)
 */
export function errorAdvice(error: ApiError, retriesItself = false): string | undefined {
  switch (error.code) {
    case 'NETWORK':
      return retriesItself ? 'Check your connection. The page retries by itself once the server answers.' : 'Check your connection, then try again.';
    case 'BAD_RESPONSE':
    case 'INTERNAL_SERVER_ERROR':
      return error.details.requestId
        ? `Try again. If it keeps happening, give the operator this request id: ${error.details.requestId}.`
        : 'Try again. If it keeps happening, tell the operator.';
    default:
      return undefined;
  }
}

/** `input.email` → `email`: the last segment, which a form names its control by. */
export function fieldName(path: string | undefined): string | undefined {
  return path?.split('.').pop();
}

/** The API message without the `field: ` prefix it starts with (shown beside the field instead). */
export function messageForField(error: ApiError, field: string): string {
  const problem = error.details.problems?.find((p) => p.field === field);
  const message = problem?.message ?? error.message;
  return message.startsWith(`${field}: `) ? message.slice(field.length + 2) : message;
}

function formatSeconds(seconds: number): string {
  if (seconds < 90) return `${Math.ceil(seconds)} s`;
  return `${Math.ceil(seconds / 60)} min`;
}

/**
 * The API's message for one input field (`input.email`), when the error is about it:
 * extensions.field names the first field at fault, extensions.problems every one.
 */
export function fieldError(error: ApiError | null | undefined, path: string): string | undefined {
  if (!error) return undefined;
  if (error.details.field === path || error.details.problems?.some((p) => p.field === path)) return messageForField(error, path);
  return undefined;
}
