import WebSocket from 'ws';

/**
 * One subscription over one WebSocket, speaking the `graphql-transport-ws` protocol (graphql-ws)
 * directly on a `ws` socket: connection_init with `connectionParams`, connection_ack, one
 * subscribe, then `next` payloads. No retries, no lazy connect, no client library between the
 * socket and the receive timestamp, so the load generator's own cost per message stays small
 * and the same as for the plain `ws` baseline. Server `ping` messages are answered with `pong`.
 */
export interface SubscriberEvents {
  /** A `next` payload (`{ data, errors? }`), parsed, with the time it was read (performance.now()). */
  next(payload: { data?: any; errors?: unknown[] }, receivedAt: number): void;
  /** Anything that should not happen once subscribed: `error`, `complete`, an unexpected close. */
  problem(message: string): void;
}

export interface SubscriberOptions {
  /** ws://…/graphql */
  url: string;
  connectionParams: Record<string, unknown>;
  query: string;
  variables: Record<string, unknown>;
  /** How long connecting and the acknowledgement may take, ms. */
  timeoutMs?: number;
}

export class GraphqlWsSubscriber {
  readonly ws: WebSocket;
  /** Resolves once connection_ack arrived and the subscribe message was sent. */
  readonly subscribed: Promise<void>;
  private closing = false;

  constructor(options: SubscriberOptions, events: SubscriberEvents) {
    this.ws = new WebSocket(options.url, 'graphql-transport-ws', { perMessageDeflate: false, handshakeTimeout: options.timeoutMs ?? 30_000 });
    let acked = false;
    this.subscribed = new Promise<void>((resolve, reject) => {
      const timer = setTimeout(() => {
        reject(new Error(`no connection_ack within ${(options.timeoutMs ?? 30_000) / 1000} s`));
        this.ws.terminate();
      }, options.timeoutMs ?? 30_000);
      this.ws.on('open', () => {
        this.ws.send(JSON.stringify({ type: 'connection_init', payload: options.connectionParams }));
      });
      this.ws.on('message', (data) => {
        const receivedAt = performance.now();
        let msg: { type: string; id?: string; payload?: any };
        try {
          msg = JSON.parse(data.toString());
        } catch {
          return events.problem(`a message that is not JSON: ${data.toString().slice(0, 200)}`);
        }
        switch (msg.type) {
          case 'next':
            return events.next(msg.payload, receivedAt);
          case 'connection_ack':
            acked = true;
            clearTimeout(timer);
            this.ws.send(JSON.stringify({ id: '1', type: 'subscribe', payload: { query: options.query, variables: options.variables } }));
            return resolve();
          case 'ping':
            return this.ws.send(JSON.stringify({ type: 'pong' }));
          case 'pong':
            return;
          case 'error':
            return events.problem(`subscription error: ${JSON.stringify(msg.payload).slice(0, 500)}`);
          case 'complete':
            return events.problem('the server completed the subscription');
          default:
            return events.problem(`unexpected message type ${msg.type}`);
        }
      });
      this.ws.on('error', (error) => {
        if (!acked) {
          clearTimeout(timer);
          reject(error);
        } else if (!this.closing) events.problem(`socket error: ${error.message}`);
      });
      this.ws.on('close', (code, reason) => {
        if (!acked) {
          clearTimeout(timer);
          reject(new Error(`closed before connection_ack: ${code} ${reason.toString()}`));
        } else if (!this.closing) events.problem(`the server closed the socket: ${code} ${reason.toString()}`);
      });
    });
    this.subscribed.catch(() => undefined); // the caller awaits it
  }

  /** Closes the socket normally (1000); resolves once closed, terminating it after `graceMs`. */
  close(graceMs = 5_000): Promise<void> {
    this.closing = true;
    if (this.ws.readyState === WebSocket.CLOSED) return Promise.resolve();
    return new Promise((resolve) => {
      const timer = setTimeout(() => {
        this.ws.terminate();
        resolve();
      }, graceMs);
      this.ws.once('close', () => {
        clearTimeout(timer);
        resolve();
      });
      if (this.ws.readyState === WebSocket.CONNECTING) this.ws.terminate();
      else this.ws.close(1000, 'bench done');
    });
  }

  /** Drops the socket at once (clean-up). */
  terminate(): void {
    this.closing = true;
    this.ws.terminate();
  }
}
