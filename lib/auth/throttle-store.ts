import { lockoutRemainingMs, registerFailure } from "@/lib/auth/throttle";
import type { Prisma } from "@/lib/generated/prisma/client";

type Client = Prisma.TransactionClient;

/**
 * The throttle keys of one sign-in attempt: the account always, the address
 * when it is known (an "unknown" address is shared by everyone, and locking
 * it would lock the whole newsroom out).
 */
export function throttleKeys(email: string, address: string): string[] {
  const keys = [`email:${email}`];
  if (address !== "unknown") keys.push(`ip:${address}`);
  return keys;
}

/** Milliseconds until any of the keys may try again; 0 when none is locked. */
export async function lockoutRemaining(client: Client, keys: readonly string[], now: Date): Promise<number> {
  const rows = await client.signInThrottle.findMany({ where: { key: { in: [...keys] } } });
  return Math.max(0, ...rows.map((row) => lockoutRemainingMs(row, now)));
}

/** Counts a failure against every key; returns the keys this failure locked. */
export async function recordFailure(client: Client, keys: readonly string[], now: Date): Promise<string[]> {
  const locked: string[] = [];
  for (const key of keys) {
    const current = await client.signInThrottle.findUnique({ where: { key } });
    const next = registerFailure(current, now);
    await client.signInThrottle.upsert({ where: { key }, create: { key, ...next.state }, update: next.state });
    if (next.locked) locked.push(key);
  }
  return locked;
}

/** A successful sign-in (or a password set by a one-time link) wipes the slate. */
export async function clearFailures(client: Client, keys: readonly string[]): Promise<void> {
  await client.signInThrottle.deleteMany({ where: { key: { in: [...keys] } } });
}
