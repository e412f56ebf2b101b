import { isIP } from "node:net";
import { z } from "zod";

const trustProxySchema = z.stringbool().default(false);

/** TRUST_PROXY=true: Byline runs behind a reverse proxy that reports the client in X-Forwarded-For. */
export function trustsProxy(): boolean {
  const parsed = trustProxySchema.safeParse(process.env.TRUST_PROXY);
  if (!parsed.success) throw new Error("TRUST_PROXY must be true or false.");
  return parsed.data;
}

/**
 * The requester's address, for audit events and sign-in throttling.
 *
 * `next start` records the TCP peer in X-Forwarded-For when a request does not
 * already carry that header, so without a proxy the last entry is the peer.
 * Behind a trusted proxy the first entry is the client as the proxy saw it,
 * with X-Real-IP as the fallback for proxies that send only that.
 * Anything that is not an IP address reads as "unknown".
 */
export function addressFromHeaders(headers: Headers, trustProxy: boolean): string {
  const forwarded = (headers.get("x-forwarded-for") ?? "")
    .split(",")
    .map((hop) => hop.trim())
    .filter(Boolean);
  const candidate = trustProxy ? (forwarded[0] ?? headers.get("x-real-ip")?.trim()) : forwarded.at(-1);
  if (!candidate) return "unknown";
  const address = candidate.replace(/^::ffff:(?=\d+\.\d+\.\d+\.\d+$)/, "");
  return isIP(address) ? address : "unknown";
}
