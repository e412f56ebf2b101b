import "server-only";
import { recordAudit } from "@/lib/audit/record";
import { hashPassword, verifyPassword } from "@/lib/auth/password";
import { lockoutRemaining, recordFailure, throttleKeys } from "@/lib/auth/throttle-store";
import type { PrismaClient } from "@/lib/generated/prisma/client";
import { endUserSessions } from "@/lib/sessions/store";

export type PasswordChangeResult = { ok: true } | { ok: false; reason: "wrong-current" | "locked" };

/**
 * Changes a signed-in user's own password. The current password is required,
 * and wrong guesses count towards the account's lock-out like failed
 * sign-ins, so a borrowed session cannot be used to guess it. Every other
 * session of the user ends; `sessionId`, the one making the change, stays.
 */
export async function changeOwnPassword(
  client: PrismaClient,
  {
    userId,
    sessionId,
    currentPassword,
    newPassword,
    ip,
    now = new Date(),
  }: { userId: string; sessionId: string; currentPassword: string; newPassword: string; ip: string; now?: Date },
): Promise<PasswordChangeResult> {
  // The caller has just checked the session, so the user exists.
  const user = await client.user.findUniqueOrThrow({ where: { id: userId } });
  const keys = throttleKeys(user.email, ip);
  if ((await lockoutRemaining(client, keys, now)) > 0) return { ok: false, reason: "locked" };

  if (!(await verifyPassword(user.passwordHash, currentPassword))) {
    await client.$transaction(async (tx) => {
      await recordFailure(tx, keys, now);
      await recordAudit(tx, {
        action: "auth.password_change_failed",
        actor: user,
        targetType: "user",
        targetId: user.id,
        ip,
      });
    });
    return { ok: false, reason: "wrong-current" };
  }

  const passwordHash = await hashPassword(newPassword);
  await client.$transaction(async (tx) => {
    await tx.user.update({ where: { id: user.id }, data: { passwordHash } });
    await endUserSessions(tx, user.id, { except: sessionId });
    await recordAudit(tx, { action: "auth.password_change", actor: user, targetType: "user", targetId: user.id, ip });
  });
  return { ok: true };
}
