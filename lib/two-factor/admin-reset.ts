import "server-only";
import { recordAudit } from "@/lib/audit/record";
import type { SessionUser } from "@/lib/auth/session-user";
import type { PrismaClient } from "@/lib/generated/prisma/client";
import { endUserSessions } from "@/lib/sessions/store";

export type ResetResult = { ok: boolean; message: string };

/**
 * "Reset two-factor authentication" on a user's admin page, for someone who
 * lost their authenticator and their recovery codes: the second factor, its
 * recovery codes and any half-finished sign-in are gone, and so are the
 * user's sessions, since whoever has the lost device may be in one. An admin
 * resetting their own keeps the session they are using.
 */
export async function resetTwoFactor(
  client: PrismaClient,
  { userId }: { userId: string },
  { actor, currentSessionId, ip }: { actor: SessionUser; currentSessionId: string; ip: string },
): Promise<ResetResult> {
  return client.$transaction(async (tx) => {
    const user = await tx.user.findUnique({
      where: { id: userId },
      select: { id: true, name: true, email: true, totpSecret: true, totpPendingSecret: true },
    });
    if (!user) return { ok: false, message: "This user does not exist. Reload the list of users and try again." };
    if (!user.totpSecret && !user.totpPendingSecret) {
      return { ok: true, message: `${user.name} does not use two-factor authentication; there is nothing to reset.` };
    }
    await tx.user.update({
      where: { id: user.id },
      data: { totpSecret: null, totpPendingSecret: null, totpLastStep: null, twoFactorEnabledAt: null },
    });
    const recoveryCodes = (await tx.recoveryCode.deleteMany({ where: { userId: user.id } })).count;
    await tx.signInChallenge.deleteMany({ where: { userId: user.id } });
    const self = user.id === actor.id;
    const sessionsEnded = await endUserSessions(tx, user.id, self ? { except: currentSessionId } : {});
    await recordAudit(tx, {
      action: "user.2fa_reset",
      actor,
      targetType: "user",
      targetId: user.id,
      details: { email: user.email, recoveryCodes, sessionsEnded },
      ip,
    });
    return {
      ok: true,
      message: self
        ? "Your two-factor authentication is reset, and your other sessions have ended."
        : `Two-factor authentication is reset for ${user.name}, and they are signed out everywhere. They sign in with their password and, if their role requires it, set up two-factor authentication again.`,
    };
  });
}
