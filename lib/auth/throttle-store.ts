import {
  forgottenBefore,
  lockoutRemainingMs,
  MAX_FAILURES,
  registerFailure,
  type ThrottleKind,
} from "@/lib/auth/throttle";
import type { Prisma } from "@/lib/generated/prisma/client";

type Client = Prisma.TransactionClient;

/** One counter of lib/auth/throttle.ts: the key of its SignInThrottle row, and its threshold. */
export type ThrottleKey = { id: string; maxFailures: number };

const PREFIX: Record<ThrottleKind, string> = { account: "email:", address: "ip:", linkAddress: "link-ip:" };

function throttleKey(kind: ThrottleKind, value: string): ThrottleKey {
  return { id: `${PREFIX[kind]}${value}`, maxFailures: MAX_FAILURES[kind] };
}

/**
 * The throttle keys of one sign-in attempt: the account always, the address
 * when it is known (an "unknown" address is shared by everyone, and locking
 * it would lock the whole newsroom out).
 */
export function throttleKeys(email: string, address: string): ThrottleKey[] {
  const keys = [throttleKey("account", email)];
  if (address !== "unknown") keys.push(throttleKey("address", address));
  return keys;
}

/** The throttle key of an anonymous visitor opening or using invitation and reset links. */
export function linkThrottleKeys(address: string): ThrottleKey[] {
  return address === "unknown" ? [] : [throttleKey("linkAddress", address)];
}

const ids = (keys: readonly ThrottleKey[]) => keys.map((key) => key.id);

/** Milliseconds until any of the keys may try again; 0 when none is locked. */
export async function lockoutRemaining(client: Client, keys: readonly ThrottleKey[], now: Date): Promise<number> {
  if (keys.length === 0) return 0;
  const rows = await client.signInThrottle.findMany({ where: { key: { in: ids(keys) } } });
  return Math.max(0, ...rows.map((row) => lockoutRemainingMs(row, now)));
}

/** At most this many stale rows go per failure, so no single attempt pays for a long backlog. */
const PRUNE_BATCH = 100;

/**
 * Counts a failure against every key; returns the ids of the keys this failure
 * locked. Failures are the only writes, so this is also where rows that no
 * longer matter (older than a day: see forgottenBefore) are pruned.
 */
export async function recordFailure(client: Client, keys: readonly ThrottleKey[], now: Date): Promise<string[]> {
  const locked: string[] = [];
  for (const { id: key, maxFailures } of keys) {
    const current = await client.signInThrottle.findUnique({ where: { key } });
    const next = registerFailure(current, now, maxFailures);
    await client.signInThrottle.upsert({ where: { key }, create: { key, ...next.state }, update: next.state });
    if (next.locked) locked.push(key);
  }
  await pruneForgotten(client, now);
  return locked;
}

async function pruneForgotten(client: Client, now: Date): Promise<void> {
  const cutoff = forgottenBefore(now);
  await client.signInThrottle.deleteMany({
    where: { windowStartsAt: { lt: cutoff }, OR: [{ lockedUntil: null }, { lockedUntil: { lt: cutoff } }] },
    limit: PRUNE_BATCH,
  });
}

/** A successful sign-in (or a password set by a one-time link) wipes the slate. */
export async function clearFailures(client: Client, keys: readonly ThrottleKey[]): Promise<void> {
  await client.signInThrottle.deleteMany({ where: { key: { in: ids(keys) } } });
}
