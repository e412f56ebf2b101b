import { createHash, randomBytes } from "node:crypto";

/** 256 random bits, URL-safe: the secret part of an invitation or reset link. */
export function newToken(): { token: string; tokenHash: string } {
  const token = randomBytes(32).toString("base64url");
  return { token, tokenHash: hashToken(token) };
}

/** Only this hash is stored, so a copy of the database holds no usable link. */
export function hashToken(token: string): string {
  return createHash("sha256").update(token).digest("hex");
}

export type TokenState = "valid" | "used" | "expired" | "unknown";

export function tokenState(row: { usedAt: Date | null; expiresAt: Date } | null, now: Date): TokenState {
  if (!row) return "unknown";
  if (row.usedAt) return "used";
  if (row.expiresAt.getTime() <= now.getTime()) return "expired";
  return "valid";
}
