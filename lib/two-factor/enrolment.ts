import { recordAudit } from "@/lib/audit/record";
import { recordFailedAttempt } from "@/lib/auth/failed-attempt";
import { verifyPassword } from "@/lib/auth/password";
import { lockoutRemaining, throttleKeys } from "@/lib/auth/throttle-store";
import type { PrismaClient } from "@/lib/generated/prisma/client";
import { endUserSessions } from "@/lib/sessions/store";
import { hashRecoveryCode, newRecoveryCodes } from "@/lib/two-factor/recovery-codes";
import { openSealedSecret, sealSecret } from "@/lib/two-factor/sealed-secret";
import { matchSecondFactor, spendSecondFactor } from "@/lib/two-factor/second-factor";
import { acceptedStep, newTotpSecret } from "@/lib/two-factor/totp";

// Turning two-factor sign-in on and off for one's own account (/account).

export type StartResult = { ok: true } | { ok: false; reason: "already-on" };

/** Makes a new secret and keeps it, sealed, as pending until a code from it is verified; a previous pending one is replaced. */
export async function startEnrolment(client: PrismaClient, userId: string): Promise<StartResult> {
  const totpPendingSecret = sealSecret(newTotpSecret(), userId);
  const { count } = await client.user.updateMany({
    where: { id: userId, twoFactorEnabledAt: null },
    data: { totpPendingSecret },
  });
  return count === 1 ? { ok: true } : { ok: false, reason: "already-on" };
}

/** Forgets a pending secret (the user changed their mind). */
export async function cancelEnrolment(client: PrismaClient, userId: string): Promise<void> {
  await client.user.update({ where: { id: userId }, data: { totpPendingSecret: null } });
}

export type ConfirmResult =
  | { ok: true; recoveryCodes: string[] }
  | { ok: false; reason: "not-started" | "already-on" | "invalid" };

/**
 * A code from the pending secret proves the authenticator app has it: the
 * secret becomes the account's, the code's step counts as used, and ten new
 * recovery codes are made. They are returned once; only their hashes stay.
 * The user's other sessions end; `sessionId`, the one making the change, stays.
 */
export async function confirmEnrolment(
  client: PrismaClient,
  { userId, code, ip, sessionId }: { userId: string; code: string; ip: string; sessionId?: string },
  now: Date = new Date(),
): Promise<ConfirmResult> {
  const user = await client.user.findUniqueOrThrow({ where: { id: userId } });
  if (user.twoFactorEnabledAt) return { ok: false, reason: "already-on" };
  const pending = user.totpPendingSecret;
  const secret = pending ? openSealedSecret(pending, userId) : null;
  if (!pending || !secret) return { ok: false, reason: "not-started" };
  const step = acceptedStep(secret, code.replace(/\s/g, ""), null, now);
  if (step === null) return { ok: false, reason: "invalid" };

  const recoveryCodes = newRecoveryCodes();
  const enrolled = await client.$transaction(async (tx) => {
    // Conditional on the same pending secret: a second set-up started meanwhile wins.
    const { count } = await tx.user.updateMany({
      where: { id: userId, twoFactorEnabledAt: null, totpPendingSecret: pending },
      data: { totpSecret: pending, totpPendingSecret: null, totpLastStep: step, twoFactorEnabledAt: now },
    });
    if (count !== 1) return false;
    await tx.recoveryCode.deleteMany({ where: { userId } });
    await tx.recoveryCode.createMany({
      data: recoveryCodes.map((recoveryCode) => ({ userId, codeHash: hashRecoveryCode(recoveryCode), createdAt: now })),
    });
    // Someone who turns it on may suspect a break-in: every other session must sign in again, with a code.
    await endUserSessions(tx, userId, { except: sessionId });
    await recordAudit(tx, { action: "auth.2fa_enrol", actor: user, targetType: "user", targetId: userId, ip });
    return true;
  });
  return enrolled ? { ok: true, recoveryCodes } : { ok: false, reason: "not-started" };
}

export type TurnOffResult = { ok: true } | { ok: false; reason: "not-on" | "locked" | "wrong-password" | "wrong-code" };

/**
 * Turns two-factor sign-in off with the current password and a code (from
 * the app or a recovery code), so a borrowed session cannot do it. Wrong
 * answers count toward the lock-out, as at sign-in.
 */
export async function turnOffTwoFactor(
  client: PrismaClient,
  { userId, password, code, ip }: { userId: string; password: string; code: string; ip: string },
  now: Date = new Date(),
): Promise<TurnOffResult> {
  const user = await client.user.findUniqueOrThrow({ where: { id: userId } });
  if (!user.twoFactorEnabledAt) return { ok: false, reason: "not-on" };
  const keys = throttleKeys(user.email, ip);
  if ((await lockoutRemaining(client, keys, now)) > 0) return { ok: false, reason: "locked" };

  const passwordMatches = await verifyPassword(user.passwordHash, password);
  const match = passwordMatches ? await matchSecondFactor(client, user, code, now) : null;
  const turnedOff =
    match !== null &&
    (await client.$transaction(async (tx) => {
      if (!(await spendSecondFactor(tx, userId, match, now))) return false;
      await tx.user.update({
        where: { id: userId },
        data: { totpSecret: null, totpPendingSecret: null, totpLastStep: null, twoFactorEnabledAt: null },
      });
      await tx.recoveryCode.deleteMany({ where: { userId } });
      await tx.signInChallenge.deleteMany({ where: { userId } });
      await recordAudit(tx, { action: "auth.2fa_disable", actor: user, targetType: "user", targetId: userId, ip });
      return true;
    }));
  if (turnedOff) return { ok: true };

  const locked = await client.$transaction((tx) =>
    recordFailedAttempt(
      tx,
      { action: "auth.2fa_failed", keys, email: user.email, userId: user.id, details: { step: "turn-off" }, ip },
      now,
    ),
  );
  if (locked) return { ok: false, reason: "locked" };
  return { ok: false, reason: passwordMatches ? "wrong-code" : "wrong-password" };
}
