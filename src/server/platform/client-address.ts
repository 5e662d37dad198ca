import { getConnInfo } from '@hono/node-server/conninfo';
import proxyaddr from 'proxy-addr';
import type { AppContext } from './http.ts';

/**
 * Which hops of `X-Forwarded-For` to believe (the `TRUST_PROXY` setting): none (the socket's address
 * counts), a number of proxy hops in front of the server, or the proxies' addresses and CIDR ranges
 * (proxy-addr's names `loopback`, `linklocal` and `uniquelocal` too). The semantics are Express's
 * `trust proxy`, through the same library.
 */
export type TrustProxy =
  | { kind: 'none' }
  | { kind: 'hops'; hops: number }
  | { kind: 'addresses'; list: string[]; trusts: (address: string, hop: number) => boolean };

export const TRUST_NO_PROXY: TrustProxy = { kind: 'none' };

/**
 * Parses `TRUST_PROXY`: empty → none; a whole number → that many hops; otherwise a comma-separated
 * list of addresses or CIDR ranges. Throws (naming the bad entry) on anything else.
 */
export function parseTrustProxy(value: string | undefined): TrustProxy {
  const text = value?.trim() ?? '';
  if (text === '' || text === '0' || text === 'false') return TRUST_NO_PROXY;
  if (/^\d+$/.test(text)) return { kind: 'hops', hops: Number(text) };
  const list = text
    .split(',')
    .map((s) => s.trim())
    .filter(Boolean);
  return { kind: 'addresses', list, trusts: proxyaddr.compile(list) };
}

/** The socket's peer address; in-process requests (tests through app.request) have none. */
function socketAddress(c: AppContext): string | undefined {
  try {
    return getConnInfo(c).remote.address;
  } catch {
    return undefined;
  }
}

/**
 * The client's address for throttling and the session list. Starting from the socket's peer, each
 * hop the setting trusts hands over to the next address to its left in `X-Forwarded-For`; the first
 * untrusted one is the client. Without TRUST_PROXY the header is ignored, so a client cannot choose
 * the address its failures are counted against.
 */
export function clientAddress(c: AppContext, trust: TrustProxy): string {
  const socket = socketAddress(c) ?? 'unknown';
  if (trust.kind === 'none') return socket;
  const forwarded = (c.req.header('x-forwarded-for') ?? '')
    .split(',')
    .map((s) => s.trim())
    .filter(Boolean)
    .reverse();
  const chain = [socket, ...forwarded];
  for (let hop = 0; hop < chain.length - 1; hop++) {
    const address = chain[hop] ?? 'unknown';
    const trusted =
      trust.kind === 'hops' ? hop < trust.hops : address !== 'unknown' && trust.trusts(address, hop);
    if (!trusted) return address;
  }
  return chain[chain.length - 1] ?? socket;
}
