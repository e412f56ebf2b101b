import type { LookupAddress } from "node:dns";
import { lookup as systemLookup } from "node:dns";
import ipaddr from "ipaddr.js";
import { env } from "@/lib/env";

const GLOBAL_UNICAST = ipaddr.parseCIDR("2000::/3") as [ipaddr.IPv6, number];

/**
 * Webhook requests leave from inside the newsroom's network, so an endpoint
 * must not be a way in: only public unicast addresses are reached, unless
 * WEBHOOKS_ALLOW_PRIVATE=true (a receiver on the same box or intranet).
 * The address is checked where the socket connects (the `lookup` below), not
 * only when the endpoint is registered: a name that resolved to a public
 * address then may resolve to 127.0.0.1 at delivery time.
 */
export function isPublicAddress(address: string): boolean {
  if (!ipaddr.isValid(address)) return false;
  const parsed = ipaddr.process(address);
  if (parsed.range() !== "unicast") return false;
  // IPv6: only the global unicast block; older forms such as ::7f00:1 "unicast" in name only are refused.
  return parsed.kind() === "ipv4" || (parsed as ipaddr.IPv6).match(GLOBAL_UNICAST);
}

export function privateAddressesAllowed(): boolean {
  return env().WEBHOOKS_ALLOW_PRIVATE;
}

export const PRIVATE_ADDRESS_MESSAGE =
  "That address leads to a private or local network, which webhooks may not reach. Use a public address, or set WEBHOOKS_ALLOW_PRIVATE=true on the server to allow it.";

type LookupCallback = (error: NodeJS.ErrnoException | null, address: string | LookupAddress[], family?: number) => void;

/**
 * `dns.lookup` for http.request that refuses any answer with a non-public
 * address (all of them are checked: the socket may try each in turn).
 */
export function guardedLookup(
  hostname: string,
  options: { all?: boolean; family?: number | string },
  callback: LookupCallback,
): void {
  systemLookup(hostname, { ...options, all: true } as { all: true }, (error, addresses) => {
    if (error) return callback(error, options.all ? [] : "");
    const refused = addresses.find((entry) => !isPublicAddress(entry.address));
    if (refused) {
      const denial = Object.assign(new Error(`${hostname} resolves to ${refused.address}, a non-public address`), {
        code: "EPRIVATEADDRESS",
      });
      return callback(denial, options.all ? [] : "");
    }
    if (options.all) return callback(null, addresses);
    const [first] = addresses;
    if (!first) return callback(Object.assign(new Error(`${hostname} has no address`), { code: "ENOTFOUND" }), "");
    callback(null, first.address, first.family);
  });
}

/** The address a URL names directly (http://127.0.0.1/, http://[::1]/), which is connected to without a lookup. */
export function literalAddress(url: URL): string | null {
  const host = url.hostname.replace(/^\[|\]$/g, "");
  return ipaddr.isValid(host) ? host : null;
}

/** Whether a URL's host may be reached now; for a clear message when an endpoint is registered. */
export async function checkReachableHost(url: string, allowPrivate: boolean): Promise<string | null> {
  if (allowPrivate) return null;
  const target = new URL(url);
  const literal = literalAddress(target);
  if (literal) return isPublicAddress(literal) ? null : PRIVATE_ADDRESS_MESSAGE;
  const host = target.hostname;
  const addresses = await new Promise<LookupAddress[] | null>((resolve) =>
    systemLookup(host, { all: true }, (error, found) => resolve(error ? null : found)),
  );
  if (!addresses || addresses.length === 0)
    return `No server answers to the name “${host}”. Check the address for typing mistakes.`;
  return addresses.every((entry) => isPublicAddress(entry.address)) ? null : PRIVATE_ADDRESS_MESSAGE;
}
