import { createClient, type Client, type SubscribePayload } from 'graphql-ws';
import type { TypedDocumentString } from '../gql/graphql';
import { reportLive } from './connection';
import { ApiError, type GraphQLErrorBody } from './errors';
import { GRAPHQL_PATH } from './graphql';
import { SeqTracker } from './seq-tracker';

/** graphql-ws close code for a socket without a valid access token (the API closes with it). */
export const CLOSE_UNAUTHORIZED = 4401;

/** Supplies the access token for `connectionParams.authToken`, fresh on every (re)connect. */
export type LiveTokenProvider = () => Promise<string | null>;
/** Asked once when the API refuses the token (4401): true when a fresh one is now available. */
export type LiveUnauthorizedHandler = () => Promise<boolean>;

let tokenProvider: LiveTokenProvider = async () => null;
let unauthorizedHandler: LiveUnauthorizedHandler = async () => false;
let client: Client | null = null;
/** Subscriptions open now; each can start again on a new socket. */
const open = new Set<{ restart(): void }>();

/** Wires the session in (auth/session.ts), without a module cycle. */
export function configureLive(options: { token: LiveTokenProvider; onUnauthorized: LiveUnauthorizedHandler }): void {
  tokenProvider = options.token;
  unauthorizedHandler = options.onUnauthorized;
}

/**
 * Replaces the socket (on sign-in and sign-out: it carries the token it connected with). Open
 * subscriptions start again on the new one; {@link followLog} resumes after its last seq.
 */
export function resetLive(): void {
  const old = client;
  client = null;
  for (const subscription of [...open]) subscription.restart();
  if (old) void old.dispose();
  if (open.size === 0) reportLive('idle');
}

/** Exponential backoff with jitter: 0.5 s, 1 s, 2 s … capped at 10 s. */
const backoff = (retries: number) => new Promise<void>((r) => setTimeout(r, Math.min(10_000, 500 * 2 ** retries) * (0.75 + Math.random() / 2)));

function liveClient(): Client {
  if (client) return client;
  const url = `${location.protocol === 'https:' ? 'wss' : 'ws'}://${location.host}${GRAPHQL_PATH}`;
  const created: Client = createClient({
    url,
    lazy: true,
    lazyCloseTimeout: 2_000,
    keepAlive: 15_000,
    retryAttempts: Infinity,
    // Every close or network error is worth a retry, except the fatal codes graphql-ws knows
    // (4401 among them: the token must change before another try can succeed).
    shouldRetry: () => true,
    retryWait: backoff,
    connectionParams: async () => {
      const authToken = await tokenProvider();
      return authToken ? { authToken } : {};
    },
    on: {
      connecting: (isRetry) => client === created && reportLive(isRetry ? 'reconnecting' : 'connecting'),
      connected: () => client === created && reportLive('connected'),
      closed: () => client === created && reportLive(open.size > 0 ? 'reconnecting' : 'idle'),
    },
  });
  client = created;
  return created;
}

export interface LiveSink<TResult> {
  next(data: TResult): void;
  /** The subscription ended with an error it will not recover from by itself. */
  error?(error: ApiError): void;
}

const isCloseEvent = (value: unknown): value is { code: number; reason: string } =>
  typeof value === 'object' && value !== null && 'code' in value && 'reason' in value;

function toLiveError(error: unknown): ApiError {
  if (Array.isArray(error) && error.length) return ApiError.fromGraphQL(error[0] as GraphQLErrorBody);
  if (isCloseEvent(error)) {
    if (error.code === CLOSE_UNAUTHORIZED) return new ApiError('Live updates need you to sign in again.', 'UNAUTHENTICATED', { reason: 'WS_4401' });
    return new ApiError(`Live connection closed (${error.code}${error.reason ? `: ${error.reason}` : ''}).`, 'NETWORK');
  }
  return new ApiError('Live connection failed.', 'NETWORK');
}

/**
 * Subscribes over graphql-ws. The socket reconnects by itself (backoff, no limit) and
 * graphql-ws re-sends the same `payload` object on every reconnect, which is how
 * {@link followLog} resumes: it keeps `payload.variables.afterSeq` at the last seq seen.
 * A 4401 refusal asks the session for a fresh token once, then subscribes again.
 *
 * @returns a function that ends the subscription
 */
function subscribePayload<TResult>(payload: SubscribePayload, sink: LiveSink<TResult>): () => void {
  let stopped = false;
  let dispose: () => void = () => {};
  let refreshedOnce = false;
  const start = () => {
    dispose = liveClient().subscribe<TResult>(payload, {
      next: (value) => {
        refreshedOnce = false;
        if (value.errors?.length) sink.error?.(ApiError.fromGraphQL(value.errors[0] as GraphQLErrorBody));
        else if (value.data) sink.next(value.data as TResult);
      },
      error: async (error) => {
        if (stopped) return;
        // The socket's token was refused at connect (4401) or by the operation (it expired
        // while the socket stayed open): refresh once, then start again on a new socket.
        if (needsNewToken(error) && !refreshedOnce) {
          refreshedOnce = true;
          if (await unauthorizedHandler()) {
            if (!stopped) resetLive();
            return;
          }
        }
        sink.error?.(toLiveError(error));
      },
      complete: () => {},
    });
  };
  const entry = {
    restart: () => {
      if (stopped) return;
      dispose();
      start();
    },
  };
  open.add(entry);
  start();
  return () => {
    if (stopped) return;
    stopped = true;
    open.delete(entry);
    dispose();
    if (open.size === 0) reportLive('idle');
  };
}

function needsNewToken(error: unknown): boolean {
  if (isCloseEvent(error)) return error.code === CLOSE_UNAUTHORIZED;
  return Array.isArray(error) && (error[0] as GraphQLErrorBody | undefined)?.extensions?.code === 'UNAUTHENTICATED';
}

/** Subscribes to a typed subscription document. @returns a function that ends it */
export function subscribe<TResult, TVariables extends Record<string, unknown>>(
  document: TypedDocumentString<TResult, TVariables>,
  variables: TVariables,
  sink: LiveSink<TResult>,
): () => void {
  return subscribePayload({ query: document.toString(), variables }, sink);
}

export interface FollowLogOptions<TResult> {
  /** The seq of an event, e.g. `(data) => data.sessionEvents.seq`. */
  seqOf(data: TResult): number;
  onEvent(data: TResult): void;
  onError?(error: ApiError): void;
  /** The last seq already shown (from a replay or a cache); null for the whole log. */
  afterSeq?: number | null;
}

/**
 * Follows an ordered event log (a mock session's events) through a subscription with an
 * `afterSeq` argument: each event is shown once and in order, across reconnects. Duplicates are
 * dropped; on a gap the subscription restarts after the last seq seen, so the server fills it
 * from its log.
 *
 * @returns stop() and the last seq seen
 */
export function followLog<TResult, TVariables extends { afterSeq?: number | null } & Record<string, unknown>>(
  document: TypedDocumentString<TResult, TVariables>,
  variables: TVariables,
  options: FollowLogOptions<TResult>,
): { stop(): void; lastSeq(): number | null } {
  const tracker = new SeqTracker(options.afterSeq ?? variables.afterSeq ?? null);
  let stop: () => void = () => {};
  let stopped = false;
  const start = () => {
    // graphql-ws keeps this object and sends it again after a reconnect: afterSeq stays current.
    const payload: SubscribePayload & { variables: Record<string, unknown> } = {
      query: document.toString(),
      variables: { ...variables, afterSeq: tracker.lastSeq },
    };
    stop = subscribePayload<TResult>(payload, {
      next: (data) => {
        const verdict = tracker.accept(options.seqOf(data));
        if (verdict === 'next') {
          payload.variables.afterSeq = tracker.lastSeq;
          options.onEvent(data);
        } else if (verdict === 'gap' && !stopped) {
          stop();
          start();
        }
      },
      error: (error) => options.onError?.(error),
    });
  };
  start();
  return {
    stop: () => {
      stopped = true;
      stop();
    },
    lastSeq: () => tracker.lastSeq,
  };
}
