import { Client, createClient, ExecutionResult } from 'graphql-ws';
import WebSocket from 'ws';

/** One subscription's results as they arrive. */
export interface WsSubscription<T = any> {
  /** The next result (data and/or errors); rejects after `timeoutMs`. */
  next(timeoutMs?: number): Promise<ExecutionResult<T>>;
  /** Resolves when the server completes the operation, rejects on an error message (with its errors). */
  done: Promise<void>;
  /** Results received and not yet taken by next(). */
  pending(): number;
  unsubscribe(): void;
}

/** A graphql-ws connection to a test app. */
export interface WsConnection {
  client: Client;
  /** Resolves once the server acknowledged the connection. */
  connected: Promise<void>;
  /** Resolves when the socket closes, with the close code and reason. */
  closed: Promise<{ code: number; reason: string }>;
  subscribe<T = any>(query: string, variables?: Record<string, unknown>): WsSubscription<T>;
  dispose(): Promise<void>;
}

/**
 * Opens a graphql-ws client (the `graphql-transport-ws` protocol, `ws` as the socket) to
 * `ws://…/graphql` of a test app, connecting at once; `authToken` goes in connectionParams.
 * It does not retry, so a refused connection shows up in `closed`.
 */
export function openWs(baseUrl: string, authToken?: string, connectionParams?: Record<string, unknown>): WsConnection {
  let connectedResolve!: () => void;
  let closedResolve!: (e: { code: number; reason: string }) => void;
  const connected = new Promise<void>((r) => (connectedResolve = r));
  const closed = new Promise<{ code: number; reason: string }>((r) => (closedResolve = r));
  const client = createClient({
    url: `${baseUrl.replace(/^http/, 'ws')}/graphql`,
    webSocketImpl: WebSocket,
    connectionParams: connectionParams ?? (authToken === undefined ? {} : { authToken }),
    lazy: false,
    retryAttempts: 0,
    onNonLazyError: () => undefined,
    on: {
      connected: () => connectedResolve(),
      closed: (event) => {
        const { code, reason } = event as { code: number; reason: string };
        closedResolve({ code, reason: String(reason) });
      },
    },
  });
  return {
    client,
    connected,
    closed,
    subscribe<T>(query: string, variables?: Record<string, unknown>): WsSubscription<T> {
      const queue: ExecutionResult<T>[] = [];
      const waiters: ((r: ExecutionResult<T>) => void)[] = [];
      let doneResolve!: () => void;
      let doneReject!: (e: unknown) => void;
      const done = new Promise<void>((res, rej) => {
        doneResolve = res;
        doneReject = rej;
      });
      done.catch(() => undefined); // observed by tests that care
      const unsubscribe = client.subscribe<T>(
        { query, variables },
        {
          next: (result) => {
            const waiter = waiters.shift();
            if (waiter) waiter(result as ExecutionResult<T>);
            else queue.push(result as ExecutionResult<T>);
          },
          error: (error) => doneReject(error),
          complete: () => doneResolve(),
        },
      );
      return {
        next(timeoutMs = 5_000) {
          const queued = queue.shift();
          if (queued) return Promise.resolve(queued);
          return new Promise((resolve, reject) => {
            const timer = setTimeout(() => reject(new Error(`no subscription result within ${timeoutMs} ms`)), timeoutMs);
            waiters.push((r) => {
              clearTimeout(timer);
              resolve(r);
            });
          });
        },
        done,
        pending: () => queue.length,
        unsubscribe,
      };
    },
    dispose: () => client.dispose() as Promise<void>,
  };
}
