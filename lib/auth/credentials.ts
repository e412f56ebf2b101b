import { z } from "zod";
import { recordAudit } from "@/lib/audit/record";
import { recordFailedAttempt } from "@/lib/auth/failed-attempt";
import { verifyPassword } from "@/lib/auth/password";
import { clearFailures, lockoutRemaining, throttleKeys } from "@/lib/auth/throttle-store";
import type { PrismaClient } from "@/lib/generated/prisma/client";
import type { Role } from "@/lib/generated/prisma/enums";
import { emailSchema } from "@/lib/users/schema";

export const credentialsSchema = z.object({
  email: emailSchema,
  // No length rule beyond the maximum here: the rules apply when a password is set.
  password: z.string().min(1, "Enter your password.").max(256, "That password is longer than any Byline accepts."),
});
export type Credentials = z.infer<typeof credentialsSchema>;

/** The second step: a code from an authenticator app or a recovery code (lib/two-factor). */
export const signInCodeSchema = z
  .string()
  .trim()
  .min(1, "Enter the code from your authenticator app, or a recovery code.")
  .max(64, "That is longer than any code.");

export type AuthenticatedUser = { id: string; email: string; name: string; role: Role };

/** Why a sign-in was refused: kept this coarse so the answer never tells whether an email has an account. */
export type SignInRefusal = "invalid" | "locked" | "disabled";

/** `secondFactor`: the password was right, and the account signs in with a code too (lib/two-factor/challenge.ts). */
export type SignInResult =
  | { ok: true; user: AuthenticatedUser; secondFactor: boolean }
  | { ok: false; reason: SignInRefusal };

/**
 * Checks an email and password, with the lock-out rules of lib/auth/throttle.ts,
 * and records the outcome in the audit log. A wrong email and a wrong password
 * take the same time and give the same answer; "disabled" is said only to
 * someone who knew the password. For an account with two-factor sign-in the
 * sign-in is recorded when its code is accepted, not here.
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
    const { id, name, role } = user;
    const secondFactor = user.twoFactorEnabledAt !== null;
    if (!secondFactor) {
      await client.$transaction(async (tx) => {
        await clearFailures(tx, keys);
        await tx.user.update({ where: { id }, data: { lastSignInAt: now } });
        await recordAudit(tx, { action: "auth.signin", actor: user, ...target, ip: address });
      });
    }
    return { ok: true, user: { id, email: user.email, name, role }, secondFactor };
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

  const locked = await client.$transaction((tx) =>
    recordFailedAttempt(tx, { action: "auth.signin_failed", keys, email, userId: user?.id, ip: address }, now),
  );
  return { ok: false, reason: locked ? "locked" : "invalid" };
}
