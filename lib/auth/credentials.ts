import { z } from "zod";
import { recordAudit } from "@/lib/audit/record";
import { verifyPassword } from "@/lib/auth/password";
import { describeWait, lockoutDurationMs } from "@/lib/auth/throttle";
import { clearFailures, lockoutRemaining, recordFailure, throttleKeys } from "@/lib/auth/throttle-store";
import type { PrismaClient } from "@/lib/generated/prisma/client";
import type { Role } from "@/lib/generated/prisma/enums";
import { emailSchema } from "@/lib/users/schema";

export const credentialsSchema = z.object({
  email: emailSchema,
  // No length rule beyond the maximum here: the rules apply when a password is set.
  password: z.string().min(1, "Enter your password.").max(256, "That password is longer than any Byline accepts."),
});
export type Credentials = z.infer<typeof credentialsSchema>;

export type AuthenticatedUser = { id: string; email: string; name: string; role: Role; sessionVersion: number };

/** Why a sign-in was refused: kept this coarse so the answer never tells whether an email has an account. */
export type SignInRefusal = "invalid" | "locked" | "disabled";

export type SignInResult = { ok: true; user: AuthenticatedUser } | { ok: false; reason: SignInRefusal };

/**
 * Checks an email and password, with the lock-out rules of lib/auth/throttle.ts,
 * and records the outcome in the audit log. A wrong email and a wrong password
 * take the same time and give the same answer; "disabled" is said only to
 * someone who knew the password.
 */
export async function authenticate(
  client: PrismaClient,
  { email, password, address }: Credentials & { address: string },
  now: Date = new Date(),
): Promise<SignInResult> {
  const keys = throttleKeys(email, address);
  if ((await lockoutRemaining(client, keys, now)) > 0) return { ok: false, reason: "locked" };

  const user = await client.user.findUnique({ where: { email } });
  const passwordMatches = await verifyPassword(user?.passwordHash ?? null, password);
  const target = user ? { targetType: "user" as const, targetId: user.id } : {};

  if (user && passwordMatches && user.status === "ACTIVE") {
    await client.$transaction(async (tx) => {
      await clearFailures(tx, keys);
      await tx.user.update({ where: { id: user.id }, data: { lastSignInAt: now } });
      await recordAudit(tx, { action: "auth.signin", actor: user, ...target, ip: address });
    });
    const { id, name, role, sessionVersion } = user;
    return { ok: true, user: { id, email: user.email, name, role, sessionVersion } };
  }

  if (user && passwordMatches) {
    await client.$transaction((tx) =>
      recordAudit(tx, {
        action: "auth.signin_refused",
        ...target,
        details: { email, status: user.status },
        ip: address,
      }),
    );
    return { ok: false, reason: "disabled" };
  }

  const locked = await client.$transaction(async (tx) => {
    const lockedKeys = await recordFailure(tx, keys, now);
    await recordAudit(tx, { action: "auth.signin_failed", ...target, details: { email }, ip: address });
    if (lockedKeys.length > 0) {
      const rows = await tx.signInThrottle.findMany({ where: { key: { in: lockedKeys } } });
      const longest = Math.max(...rows.map((row) => lockoutDurationMs(row.lockouts)));
      await recordAudit(tx, {
        action: "auth.lockout",
        ...target,
        details: { email, keys: lockedKeys, for: describeWait(longest) },
        ip: address,
      });
    }
    return lockedKeys.length > 0;
  });
  return { ok: false, reason: locked ? "locked" : "invalid" };
}
