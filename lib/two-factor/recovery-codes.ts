import { randomInt } from "node:crypto";
import { hashToken } from "@/lib/users/tokens";

/**
 * Ten recovery codes, each good for one sign-in without the authenticator.
 * A code is 12 characters of Crockford's base32 (60 random bits), so a plain
 * SHA-256 of it is enough to store, as for one-time links: nobody can try
 * 2^60 guesses against the hash, and the lock-out stops guesses online.
 */
export const RECOVERY_CODE_COUNT = 10;
const ALPHABET = "0123456789abcdefghjkmnpqrstvwxyz";
const LENGTH = 12;

/** "k7qm-2x9d-tw4h" */
function newRecoveryCode(): string {
  const characters = Array.from({ length: LENGTH }, () => ALPHABET[randomInt(ALPHABET.length)]).join("");
  return characters.match(/.{4}/g)?.join("-") ?? characters;
}

export function newRecoveryCodes(): string[] {
  return Array.from({ length: RECOVERY_CODE_COUNT }, newRecoveryCode);
}

/** Case, dashes and spaces do not matter, and letters read as digits (O, I, L) count as those digits. */
export function normalizeRecoveryCode(typed: string): string {
  return typed.toLowerCase().replace(/[\s-]/g, "").replace(/o/g, "0").replace(/[il]/g, "1");
}

export function hashRecoveryCode(typed: string): string {
  return hashToken(normalizeRecoveryCode(typed));
}
