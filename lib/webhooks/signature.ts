import { createHmac, timingSafeEqual } from "node:crypto";

/**
 * `Byline-Signature: t=<unix seconds>,v1=<hex HMAC-SHA256 of "<t>.<body>">`,
 * keyed by the endpoint's secret. The time is signed with the body so a
 * captured request cannot be replayed later; receivers reject old times.
 */
export const SIGNATURE_HEADER = "Byline-Signature";

export function signatureOf(secret: string, body: string, unixSeconds: number): string {
  return createHmac("sha256", secret).update(`${unixSeconds}.${body}`).digest("hex");
}

export function signatureHeader(secret: string, body: string, at: Date): string {
  const t = Math.floor(at.getTime() / 1000);
  return `t=${t},v1=${signatureOf(secret, body, t)}`;
}

/**
 * What a receiver runs (the README shows the same steps): true when the
 * header signs this exact body with this secret within `toleranceSeconds`.
 */
export function verifySignature(
  header: string,
  body: string,
  secret: string,
  now: Date = new Date(),
  toleranceSeconds = 300,
): boolean {
  const parts = new Map(header.split(",").map((part) => part.split("=", 2) as [string, string | undefined]));
  const t = Number(parts.get("t"));
  const given = parts.get("v1") ?? "";
  if (!Number.isInteger(t) || Math.abs(now.getTime() / 1000 - t) > toleranceSeconds) return false;
  const expected = Buffer.from(signatureOf(secret, body, t), "hex");
  const actual = Buffer.from(given, "hex");
  return actual.length === expected.length && timingSafeEqual(actual, expected);
}
