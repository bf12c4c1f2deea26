/**
 * Child process of the bench runner (forked by ws-broadcast.ts, run through `node --import tsx
 * --expose-gc`): a bare `ws` server in which each socket joins a "room" and every message it
 * sends is forwarded as is to the other sockets of that room. No protocol, no auth, no database,
 * no GraphQL: what fanning a message out over WebSockets costs in Node, the yardstick the
 * interview rooms are measured against.
 *
 * A client connects to `ws://127.0.0.1:<port>/?room=<name>` and waits for the text frame `r`
 * (it is in the room) before sending.
 *
 * Protocol (IPC): the parent sends `{ type: 'start' }` and gets {@link WsBroadcastReady} (or
 * {@link WsBroadcastFailed}); `{ type: 'memory', id }` answers {@link WsBroadcastMemory} with
 * process.memoryUsage() after a full GC; `{ type: 'stats', id }` answers {@link WsBroadcastStats}.
 * SIGTERM, SIGINT or the parent going away stops it.
 */
import type { AddressInfo } from 'node:net';
import { getHeapSpaceStatistics } from 'node:v8';
import { WebSocket, WebSocketServer } from 'ws';

export type WsBroadcastRequest = { type: 'start' } | { type: 'memory'; id: number } | { type: 'stats'; id: number };
export interface WsBroadcastReady {
  type: 'ready';
  url: string;
}
export interface WsBroadcastFailed {
  type: 'failed';
  error: string;
}
export interface WsBroadcastMemory {
  type: 'memory';
  id: number;
  gc: boolean;
  usage: NodeJS.MemoryUsage;
  /** Bytes used in V8's code spaces. */
  codeUsed: number;
}
export interface WsBroadcastStats {
  type: 'stats';
  id: number;
  /** Sockets open now. */
  sockets: number;
  rooms: number;
  /** Messages received and frames forwarded since start. */
  received: number;
  forwarded: number;
}
export type WsBroadcastReply = WsBroadcastReady | WsBroadcastFailed | WsBroadcastMemory | WsBroadcastStats;

const rooms = new Map<string, Set<WebSocket>>();
let received = 0;
let forwarded = 0;
let wss: WebSocketServer | undefined;

function start(): Promise<string> {
  return new Promise((resolve, reject) => {
    const server = new WebSocketServer({ host: '127.0.0.1', port: 0, perMessageDeflate: false });
    wss = server;
    server.once('error', reject);
    server.on('connection', (ws, request) => {
      const room = new URL(request.url ?? '/', 'ws://x').searchParams.get('room');
      if (!room) return ws.close(4400, 'room missing');
      let members = rooms.get(room);
      if (!members) rooms.set(room, (members = new Set()));
      members.add(ws);
      ws.on('message', (data, isBinary) => {
        received++;
        for (const peer of members!) {
          if (peer !== ws && peer.readyState === WebSocket.OPEN) {
            peer.send(data, { binary: isBinary });
            forwarded++;
          }
        }
      });
      ws.on('close', () => {
        members!.delete(ws);
        if (members!.size === 0) rooms.delete(room);
      });
      ws.on('error', () => undefined);
      ws.send('r');
    });
    server.once('listening', () => {
      const { port } = server.address() as AddressInfo;
      resolve(`ws://127.0.0.1:${port}/`);
    });
  });
}

function stop(): void {
  for (const client of wss?.clients ?? []) client.terminate();
  wss?.close();
  process.exit(0);
}

const gc = (globalThis as { gc?: () => void }).gc;

process.on('message', (message: WsBroadcastRequest) => {
  const reply = (r: WsBroadcastReply) => process.send!(r);
  if (message.type === 'start') {
    start().then(
      (url) => reply({ type: 'ready', url }),
      (error: unknown) => reply({ type: 'failed', error: error instanceof Error ? (error.stack ?? error.message) : String(error) }),
    );
  } else if (message.type === 'memory') {
    gc?.();
    gc?.();
    const codeUsed = getHeapSpaceStatistics()
      .filter((s) => s.space_name.startsWith('code'))
      .reduce((n, s) => n + s.space_used_size, 0);
    reply({ type: 'memory', id: message.id, gc: Boolean(gc), usage: process.memoryUsage(), codeUsed });
  } else if (message.type === 'stats') {
    reply({ type: 'stats', id: message.id, sockets: wss?.clients.size ?? 0, rooms: rooms.size, received, forwarded });
  }
});
process.once('SIGTERM', stop);
process.once('SIGINT', stop);
// The runner died without stopping us: do not linger.
process.once('disconnect', stop);
