import { request as httpRequest } from "node:http";
import { request as httpsRequest } from "node:https";
import { guardedLookup, isPublicAddress, literalAddress } from "./address";

export type SendResult = { ok: boolean; status: number | null; error: string; durationMs: number };

export type SendOptions = { allowPrivate: boolean; timeoutMs?: number };

const DEFAULT_TIMEOUT_MS = 10_000;

const PRIVATE_TARGET = "The address leads to a private or local network, which webhooks may not reach.";

const ERROR_MESSAGES: Record<string, string> = {
  ECONNREFUSED: "The server refused the connection.",
  ECONNRESET: "The server closed the connection before answering.",
  ENOTFOUND: "No server answers to that name.",
  EAI_AGAIN: "The name could not be looked up just now.",
  EPRIVATEADDRESS: PRIVATE_TARGET,
  CERT_HAS_EXPIRED: "The server's TLS certificate has expired.",
  DEPTH_ZERO_SELF_SIGNED_CERT: "The server's TLS certificate is self-signed.",
};

function describe(error: NodeJS.ErrnoException): string {
  return (error.code && ERROR_MESSAGES[error.code]) || `The request failed: ${error.message}`;
}

/**
 * POSTs one signed event. Any 2xx is a delivery; anything else (a redirect
 * too: following one would let an endpoint send the request somewhere it was
 * not checked to go) is a failure with the reason in words for the log.
 */
export function postWebhook(
  url: string,
  body: string,
  headers: Record<string, string>,
  { allowPrivate, timeoutMs = DEFAULT_TIMEOUT_MS }: SendOptions,
): Promise<SendResult> {
  const started = performance.now();
  const elapsed = () => Math.round(performance.now() - started);
  const target = new URL(url);
  const request = target.protocol === "https:" ? httpsRequest : httpRequest;
  // A literal address is connected to without a lookup, so it is checked here.
  const literal = literalAddress(target);
  if (!allowPrivate && literal && !isPublicAddress(literal))
    return Promise.resolve({ ok: false, status: null, error: PRIVATE_TARGET, durationMs: 0 });
  return new Promise((resolve) => {
    const outgoing = request(target, {
      method: "POST",
      headers: {
        "Content-Type": "application/json",
        "Content-Length": Buffer.byteLength(body),
        "User-Agent": "Byline-Webhooks/1",
        ...headers,
      },
      // A limit on the whole exchange: a server that drips its answer a byte at a time is cut off too.
      signal: AbortSignal.timeout(timeoutMs),
      ...(allowPrivate ? {} : { lookup: guardedLookup }),
    });
    outgoing.on("response", (response) => {
      // The answer's body is not needed; reading it lets the socket close. Cut
      // off by the time limit while it drips, it errs, which must not throw.
      response.resume();
      response.on("error", () => undefined);
      const status = response.statusCode ?? 0;
      const ok = status >= 200 && status < 300;
      const redirect =
        status >= 300 && status < 400
          ? ` It redirects to ${response.headers.location ?? "?"}: update the address instead.`
          : "";
      resolve({ ok, status, error: ok ? "" : `The server answered ${status}.${redirect}`, durationMs: elapsed() });
    });
    outgoing.on("error", (error: NodeJS.ErrnoException) => {
      const message = error.code === "ABORT_ERR" ? `No answer within ${timeoutMs / 1000} seconds.` : describe(error);
      resolve({ ok: false, status: null, error: message, durationMs: elapsed() });
    });
    outgoing.end(body);
  });
}
