import { BlockList, isIP } from "node:net";
import { peerAddress } from "@/lib/auth/peer-address";
import { env } from "@/lib/env";

/** Which forwarding headers to believe (TRUST_PROXY and TRUSTED_PROXIES in the README). */
export type ProxyTrust = { trustProxy: boolean; trustedProxies: BlockList };

/** A BlockList of addresses and CIDR ranges as TRUSTED_PROXIES spells them (lib/env.ts has checked them). */
export function addressRanges(entries: readonly string[]): BlockList {
  const list = new BlockList();
  for (const entry of entries) {
    const [address = "", prefix] = entry.split("/");
    const family = isIP(address) === 6 ? "ipv6" : "ipv4";
    if (prefix === undefined) list.addAddress(address, family);
    else list.addSubnet(address, Number(prefix), family);
  }
  return list;
}

let configured: ProxyTrust | undefined;

function proxyTrust(): ProxyTrust {
  configured ??= { trustProxy: env().TRUST_PROXY, trustedProxies: addressRanges(env().TRUSTED_PROXIES) };
  return configured;
}

/** An address as one key for throttling and auditing: IPv4 in IPv6 unwrapped, IPv6 in lower case; null if it is none. */
function normalized(candidate: string): string | null {
  const address = candidate
    .trim()
    .toLowerCase()
    .replace(/^::ffff:(?=\d+\.\d+\.\d+\.\d+$)/, "");
  return isIP(address) ? address : null;
}

function isTrusted(address: string, trustedProxies: BlockList): boolean {
  return trustedProxies.check(address, isIP(address) === 6 ? "ipv6" : "ipv4");
}

/**
 * The requester's address, for audit events and throttling; "unknown" when
 * it cannot be told.
 *
 * Without TRUST_PROXY it is the TCP peer and every header is ignored, since
 * any client can write X-Forwarded-For. With it, each trusted proxy appends
 * the address it was contacted from, so the chain is read from the peer
 * backwards, past the trusted proxies, to the first address none of them is:
 * the last hop that a trusted proxy vouches for. Entries further left were
 * written by the client and mean nothing. A request from a trusted address
 * with nothing before it is its own client.
 */
export function resolveClientAddress(
  { peer, forwardedFor }: { peer: string | null; forwardedFor: string | null },
  { trustProxy, trustedProxies }: ProxyTrust,
): string {
  if (!peer) return "unknown";
  const chain = trustProxy ? [...(forwardedFor ?? "").split(",").filter((hop) => hop.trim()), peer] : [peer];
  let client: string | null = null;
  for (const hop of chain.reverse()) {
    client = normalized(hop);
    if (!client) return "unknown";
    if (!isTrusted(client, trustedProxies)) return client;
  }
  return client ?? "unknown";
}

/** The requester's address, from the headers of a request to this server. */
export function addressFromHeaders(headers: Headers): string {
  return resolveClientAddress(
    { peer: peerAddress(headers), forwardedFor: headers.get("x-forwarded-for") },
    proxyTrust(),
  );
}
