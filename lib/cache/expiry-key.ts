import { createHmac, timingSafeEqual } from "node:crypto";
import { ensureAuthSecret } from "@/lib/auth/secret";

/**
 * The key scripts present to the running site's cache-expiry endpoint
 * (app/api/cache/expire). Derived from the session secret, which scripts and
 * the site already share through AUTH_SECRET or <BYLINE_DATA_DIR>/auth-secret,
 * so there is no second secret to configure.
 */
export function cacheExpiryKey(secret: string = ensureAuthSecret()): string {
  return createHmac("sha256", secret).update("byline cache expiry").digest("base64url");
}

/** Compares in constant time, so the answer's timing tells nothing about the key. */
export function isCacheExpiryKey(presented: string, secret?: string): boolean {
  const expected = Buffer.from(cacheExpiryKey(secret));
  const given = Buffer.from(presented);
  return given.length === expected.length && timingSafeEqual(given, expected);
}
