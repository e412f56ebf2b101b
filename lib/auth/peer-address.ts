import { randomBytes } from "node:crypto";
import http from "node:http";

/**
 * The TCP peer of each request, carried to the app in a request header whose
 * name is random per process, so no client can send it.
 *
 * Why a header of our own: App Router code sees a request's headers, never
 * its socket, and NextRequest has had no `ip` since Next 15. `next start`
 * does copy the socket's address into X-Forwarded-For, but only when the
 * request carries none (next/dist/server/base-server.js:
 * `req.headers['x-forwarded-for'] ??= originalRequest.socket.remoteAddress`),
 * so a client that sends its own X-Forwarded-For replaces the peer instead of
 * being followed by it. The one place that sees both the socket and the
 * headers before Next does is the HTTP server's "request" event, which this
 * wraps from instrumentation.ts, before Next handles its first request.
 */
const HEADER_NAME = Symbol.for("byline.peer-address-header");
type Registry = { [HEADER_NAME]?: string };
const registry = globalThis as Registry;

/** Installs the wrapper once per process; instrumentation.ts calls it at start-up. */
export function recordPeerAddresses(): void {
  if (registry[HEADER_NAME]) return;
  const headerName = `x-byline-peer-${randomBytes(12).toString("hex")}`;
  const emit = http.Server.prototype.emit;
  http.Server.prototype.emit = function emitWithPeer(this: http.Server, event: string | symbol, ...args: unknown[]) {
    if (event === "request") {
      const request = args[0] as http.IncomingMessage;
      request.headers[headerName] = request.socket.remoteAddress ?? "";
    }
    return Reflect.apply(emit, this, [event, ...args]);
  } as typeof emit;
  registry[HEADER_NAME] = headerName;
}

/**
 * The address of the TCP peer of the request these headers came with; null
 * outside a server that recordPeerAddresses() wrapped, and for a request that
 * arrived before it did, so such a request can never name its own peer.
 */
export function peerAddress(headers: Headers): string | null {
  const headerName = registry[HEADER_NAME];
  return (headerName && headers.get(headerName)) || null;
}
