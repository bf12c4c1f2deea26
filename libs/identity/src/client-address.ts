import { isIPv4, isIPv6 } from 'node:net';

/** The parts of an HTTP request (Express, or the WebSocket upgrade request) an address is read from. */
export interface RequestLike {
  /** Express's client address; honours the TRUST_PROXY setting. */
  ip?: string;
  socket?: { remoteAddress?: string };
}

/** The client's address as the server sees it (`req.ip` behind a trusted proxy), or `unknown`. */
export function clientAddress(req: RequestLike | undefined): string {
  return req?.ip ?? req?.socket?.remoteAddress ?? 'unknown';
}

function expandIPv6(address: string): string[] {
  const [head, tail = ''] = address.split('::');
  const left = head ? head.split(':') : [];
  const right = address.includes('::') ? (tail ? tail.split(':') : []) : [];
  const missing = 8 - left.length - right.length;
  return [...left, ...Array(Math.max(0, missing)).fill('0'), ...right];
}

/**
 * The rate-limit bucket of a client address: an IPv4 address itself (also when written as
 * IPv4-mapped IPv6, `::ffff:10.0.0.1`), and for IPv6 its /64 network, since one subscriber
 * usually holds a whole /64 and could otherwise rotate through it.
 *
 * @returns e.g. `10.0.0.1`, `2001:db8:0:1::/64`, or the input unchanged when it is no IP
 */
export function addressBucket(address: string): string {
  const mapped = /^::ffff:(\d+\.\d+\.\d+\.\d+)$/i.exec(address);
  if (mapped) return mapped[1];
  if (isIPv4(address)) return address;
  const bare = address.split('%')[0];
  if (!isIPv6(bare)) return address;
  const groups = expandIPv6(bare.toLowerCase()).slice(0, 4).map((g) => g.replace(/^0+(?=.)/, ''));
  return `${groups.join(':')}::/64`;
}
