import { createClient, type Client, type SubscribePayload } from 'graphql-ws';
import type { TypedDocumentString } from '../gql/graphql';
import { connection, reportLive } from './connection';
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
  // dispose() waits for a connection attempt under way, which rejects when it is given up.
  if (old) Promise.resolve(old.dispose()).catch(() => undefined);
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
  /** The server ended the subscription. */
  complete?(): void;
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
  /** The graphql-ws subscription now running; an older one's late callbacks are ignored. */
  let current: object | null = null;
  const start = () => {
    const self = {};
    current = self;
    dispose = liveClient().subscribe<TResult>(payload, {
      next: (value) => {
        if (current !== self) return;
        refreshedOnce = false;
        if (value.errors?.length) sink.error?.(ApiError.fromGraphQL(value.errors[0] as GraphQLErrorBody));
        else if (value.data) sink.next(value.data as TResult);
      },
      error: async (error) => {
        if (stopped || current !== self) return;
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
      // graphql-ws also completes a subscription we disposed ourselves: only the server's counts.
      complete: () => {
        if (!stopped && current === self) sink.complete?.();
      },
    });
  };
  const entry = {
    restart: () => {
      if (stopped) return;
      current = null;
      dispose();
      start();
    },
  };
  open.add(entry);
  start();
  return () => {
    if (stopped) return;
    stopped = true;
    current = null;
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

/** How long {@link followLog} waits before following again after the server ended the stream, ms. */
const RESTART_AFTER_COMPLETE_MS = 1_000;

/**
 * Follows an ordered event log (a mock session's events) through a subscription with an
 * `afterSeq` argument: each event is shown once and in order, across reconnects. Duplicates
 * (seq at or below the last seen) are dropped; the server replays what was missed after
 * `afterSeq`, which stays at the last seq seen. When the server ends the stream, it follows
 * again after a moment, from the same place.
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
  let again: ReturnType<typeof setTimeout> | undefined;
  const start = () => {
    // graphql-ws keeps this object and sends it again after a reconnect: afterSeq stays current.
    const payload: SubscribePayload & { variables: Record<string, unknown> } = {
      query: document.toString(),
      variables: { ...variables, afterSeq: tracker.lastSeq },
    };
    stop = subscribePayload<TResult>(payload, {
      next: (data) => {
        if (tracker.accept(options.seqOf(data)) !== 'next') return;
        payload.variables.afterSeq = tracker.lastSeq;
        options.onEvent(data);
      },
      error: (error) => options.onError?.(error),
      complete: () => {
        if (stopped) return;
        stop();
        again = setTimeout(() => !stopped && start(), RESTART_AFTER_COMPLETE_MS);
      },
    });
  };
  start();
  return {
    stop: () => {
      stopped = true;
      clearTimeout(again);
      stop();
    },
    lastSeq: () => tracker.lastSeq,
  };
}

/**
 * Connects again at once (instead of after the backoff) when the browser says the network is
 * back, so open subscriptions catch up as soon as they can.
 */
export function reconnectLiveNow(): void {
  if (open.size > 0 && connection.get().live !== 'connected') resetLive();
}

if (typeof window !== 'undefined') window.addEventListener('online', reconnectLiveNow);
