import { hash, verify } from "@node-rs/argon2";

/** Argon2id (the library's default algorithm) with its recommended memory and time costs. */
export function hashPassword(password: string): Promise<string> {
  return hash(password);
}

// A hash of a random string, checked against when there is no real hash, so
// that an unknown email takes as long to refuse as a wrong password.
const STAND_IN_HASH = hash(crypto.randomUUID());

/** True when the password matches; false for a wrong password, a missing or a malformed hash. */
export async function verifyPassword(passwordHash: string | null, password: string): Promise<boolean> {
  try {
    const matches = await verify(passwordHash ?? (await STAND_IN_HASH), password);
    return passwordHash !== null && matches;
  } catch {
    return false;
  }
}
