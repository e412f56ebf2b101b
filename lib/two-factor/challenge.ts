import { recordAudit } from "@/lib/audit/record";
import { recordFailedAttempt } from "@/lib/auth/failed-attempt";
import { clearFailures, lockoutRemaining, throttleKeys } from "@/lib/auth/throttle-store";
import type { PrismaClient } from "@/lib/generated/prisma/client";
import type { Role } from "@/lib/generated/prisma/enums";
import { matchSecondFactor, spendSecondFactor } from "@/lib/two-factor/second-factor";
import { hashToken, newToken } from "@/lib/users/tokens";

/** How long the password stays good for while the user fetches their code (the challenge cookie lasts as long). */
export const SIGN_IN_CHALLENGE_MINUTES = 5;
/** Wrong codes after which the password must be entered again. */
export const MAX_CODE_ATTEMPTS = 5;
/** At most this many expired challenges of other users go per new one, so no sign-in pays for a backlog. */
const PRUNE_BATCH = 100;

/**
 * The password of an account with two-factor sign-in was right: remember that
 * for a few minutes, under a random token the browser keeps, until the code
 * comes. Only the token's hash is stored; the user's earlier challenges end.
 */
export async function createSignInChallenge(
  client: PrismaClient,
  { userId, ip }: { userId: string; ip: string },
  now: Date = new Date(),
): Promise<string> {
  const { token, tokenHash } = newToken();
  await client.$transaction(async (tx) => {
    await tx.signInChallenge.deleteMany({ where: { userId } });
    await tx.signInChallenge.deleteMany({ where: { expiresAt: { lte: now } }, limit: PRUNE_BATCH });
    await tx.signInChallenge.create({
      data: {
        userId,
        tokenHash,
        ip,
        createdAt: now,
        expiresAt: new Date(now.getTime() + SIGN_IN_CHALLENGE_MINUTES * 60_000),
      },
    });
  });
  return token;
}

export type ChallengeResult =
  | { ok: true; user: { id: string; email: string; name: string; role: Role } }
  | { ok: false; reason: "expired" | "invalid" | "locked" };

const EXPIRED = { ok: false, reason: "expired" } as const;

/**
 * The second step of signing in: the code (authenticator or recovery) for a
 * challenge. "expired" means the password must be entered again (no such
 * challenge, too old, or used up by wrong codes); "locked" that the account or
 * address is locked out, checked before the code; "invalid" a wrong or reused
 * code, which counts toward the lock-out like a wrong password.
 */
export async function completeSignInChallenge(
  client: PrismaClient,
  { token, code, address }: { token: string; code: string; address: string },
  now: Date = new Date(),
): Promise<ChallengeResult> {
  const challenge = await client.signInChallenge.findUnique({
    where: { tokenHash: hashToken(token) },
    include: { user: true },
  });
  if (!challenge || challenge.expiresAt.getTime() <= now.getTime() || challenge.attempts >= MAX_CODE_ATTEMPTS) {
    return EXPIRED;
  }
  const { user } = challenge;
  if (user.status !== "ACTIVE" || !user.twoFactorEnabledAt) return EXPIRED;

  const keys = throttleKeys(user.email, address);
  if ((await lockoutRemaining(client, keys, now)) > 0) return { ok: false, reason: "locked" };

  // Each try takes one of the challenge's attempts before the code is looked at, in one conditional
  // write: requests fired together cannot all see the first attempt and try a million codes.
  const reserved = await client.signInChallenge.updateMany({
    where: { id: challenge.id, attempts: { lt: MAX_CODE_ATTEMPTS }, expiresAt: { gt: now } },
    data: { attempts: { increment: 1 } },
  });
  if (reserved.count !== 1) return EXPIRED;

  const match = await matchSecondFactor(client, user, code, now);
  if (!match) {
    const locked = await client.$transaction(async (tx) => {
      await tx.signInChallenge.deleteMany({ where: { id: challenge.id, attempts: { gte: MAX_CODE_ATTEMPTS } } });
      return recordFailedAttempt(
        tx,
        {
          action: "auth.2fa_failed",
          keys,
          email: user.email,
          userId: user.id,
          details: { step: "sign-in" },
          ip: address,
        },
        now,
      );
    });
    return { ok: false, reason: locked ? "locked" : "invalid" };
  }

  const signedIn = await client.$transaction(async (tx) => {
    // Conditional on the row still being there: a challenge completes once.
    const { count } = await tx.signInChallenge.deleteMany({ where: { id: challenge.id } });
    if (count !== 1 || !(await spendSecondFactor(tx, user.id, match, now))) return false;
    const target = { actor: user, targetType: "user" as const, targetId: user.id, ip: address };
    await clearFailures(tx, keys);
    await tx.user.update({ where: { id: user.id }, data: { lastSignInAt: now } });
    await recordAudit(tx, { action: "auth.2fa_success", ...target, details: { method: match.method } });
    if (match.method === "recovery") {
      const remaining = await tx.recoveryCode.count({ where: { userId: user.id, usedAt: null } });
      await recordAudit(tx, { action: "auth.2fa_recovery_used", ...target, details: { remaining } });
    }
    await recordAudit(tx, { action: "auth.signin", ...target });
    return true;
  });
  // Lost a race for the same challenge or code: the other request signed in, this one starts again.
  if (!signedIn) return EXPIRED;
  const { id, email, name, role } = user;
  return { ok: true, user: { id, email, name, role } };
}
