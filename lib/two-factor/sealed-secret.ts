import { createCipheriv, createDecipheriv, hkdfSync, randomBytes } from "node:crypto";
import { ensureAuthSecret } from "@/lib/auth/secret";

/**
 * TOTP secrets at rest: AES-256-GCM under a key derived (HKDF-SHA-256) from
 * AUTH_SECRET, with the user's id as associated data, so a copy of the
 * database alone yields no secret and a sealed secret moved to another user
 * does not open. Rotating AUTH_SECRET makes every sealed secret unreadable.
 */
const VERSION = "v1";
const IV_BYTES = 12;

function sealingKey(authSecret: string): Buffer {
  return Buffer.from(hkdfSync("sha256", authSecret, "byline", "two-factor secret", 32));
}

export function sealSecret(plain: string, userId: string, authSecret: string = ensureAuthSecret()): string {
  const iv = randomBytes(IV_BYTES);
  const cipher = createCipheriv("aes-256-gcm", sealingKey(authSecret), iv).setAAD(Buffer.from(userId));
  const sealed = Buffer.concat([cipher.update(plain, "utf8"), cipher.final()]);
  return [VERSION, iv, sealed, cipher.getAuthTag()].map((part) => part.toString("base64url")).join(".");
}

/** The plain secret, or null when the value was altered, belongs to another user or was sealed under another key. */
export function openSealedSecret(
  sealed: string,
  userId: string,
  authSecret: string = ensureAuthSecret(),
): string | null {
  const [version, iv, data, tag, ...rest] = sealed.split(".");
  if (version !== VERSION || !iv || !data || !tag || rest.length > 0) return null;
  try {
    const decipher = createDecipheriv("aes-256-gcm", sealingKey(authSecret), Buffer.from(iv, "base64url"))
      .setAAD(Buffer.from(userId))
      .setAuthTag(Buffer.from(tag, "base64url"));
    return Buffer.concat([decipher.update(Buffer.from(data, "base64url")), decipher.final()]).toString("utf8");
  } catch {
    return null;
  }
}
