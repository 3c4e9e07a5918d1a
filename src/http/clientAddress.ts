// Which client a request comes from, for rate limits and the request log.
import type { IncomingMessage } from 'node:http';
import { isIPv6 } from 'node:net';

/** Expands an IPv6 address to its eight groups (`::` filled with zeros). */
function expandIPv6(address: string): string[] {
  const [head = '', tail] = address.split('::');
  const left = head ? head.split(':') : [];
  const right = tail ? tail.split(':') : [];
  const groups = [...left, ...Array(Math.max(0, 8 - left.length - right.length)).fill('0'), ...right];
  return groups.map((g) => g.toLowerCase().replace(/^0+(?=.)/, ''));
}

/**
 * The address a limit applies to: an IPv4 address as is (also when the socket reports it
 * IPv4-mapped, `::ffff:1.2.3.4`), an IPv6 address by its /64, since one host is usually
 * given a whole /64 and could otherwise rotate through it.
 */
export function normalizeClientAddress(address: string): string {
  const mapped = /^::ffff:(\d+\.\d+\.\d+\.\d+)$/i.exec(address);
  if (mapped) return mapped[1]!;
  if (!isIPv6(address)) return address;
  return `${expandIPv6(address).slice(0, 4).join(':')}::/64`;
}

/**
 * The client's address: the connection's peer, or, behind `trustProxyHops` proxies, the
 * X-Forwarded-For entry the outermost trusted proxy added (counted from the right: entries
 * further left were written by the client and can say anything).
 */
export function readClientAddress(req: IncomingMessage, trustProxyHops: number): string {
  const peer = req.socket.remoteAddress ?? 'unknown';
  if (trustProxyHops > 0) {
    const header = req.headers['x-forwarded-for'];
    const entries = (Array.isArray(header) ? header.join(',') : (header ?? ''))
      .split(',')
      .map((e) => e.trim())
      .filter(Boolean);
    const entry = entries[entries.length - trustProxyHops] ?? entries[0];
    if (entry) return normalizeClientAddress(entry);
  }
  return normalizeClientAddress(peer);
}
