import "server-only";
import { recordAudit } from "@/lib/audit/record";
import type { SessionUser } from "@/lib/auth/session-user";
import { isUniqueViolation } from "@/lib/db-errors";
import type { Prisma, PrismaClient } from "@/lib/generated/prisma/client";
import type { Role } from "@/lib/generated/prisma/enums";
import { endUserSessions } from "@/lib/sessions/store";
import { ROLE_LABELS } from "@/lib/users/fields";
import { ensureAnAdminRemains, LastAdminError } from "@/lib/users/last-admin";
import { issueLink, type OneTimeLinkKind } from "@/lib/users/one-time-links";
import type { InviteInput } from "@/lib/users/schema";

/** A link made for a user, to show the admin once and to mail to the user. */
export type OneTimeLink = { kind: OneTimeLinkKind; url: string; expiresAt: Date; to: { email: string; name: string } };

/** Who is making an administrative change, and from where (for the audit log). */
export type AdminContext = { actor: SessionUser; ip: string; now?: Date };

export type AdminResult =
  | { ok: true; message: string; link?: OneTimeLink }
  | { ok: false; message: string; field?: "email" | "role" | "userId" };

const NO_SUCH_USER: AdminResult = {
  ok: false,
  message: "This user does not exist. Reload the list of users and try again.",
  field: "userId",
};
const EMAIL_TAKEN: AdminResult = {
  ok: false,
  message: "A user with this email address already exists.",
  field: "email",
};

/** Creates an invited account and its one-time invitation link. */
export async function inviteUser(
  client: PrismaClient,
  input: InviteInput,
  { actor, ip, now = new Date() }: AdminContext,
): Promise<AdminResult> {
  if (await client.user.findUnique({ where: { email: input.email }, select: { id: true } })) return EMAIL_TAKEN;
  try {
    return await client.$transaction(async (tx) => {
      const user = await tx.user.create({ data: { ...input, status: "INVITED" } });
      const link = await issueLink(tx, "invitation", { userId: user.id, createdById: actor.id, now });
      await recordAudit(tx, {
        action: "user.invite",
        actor,
        targetType: "user",
        targetId: user.id,
        details: { email: user.email, role: user.role },
        ip,
      });
      return {
        ok: true as const,
        message: `${user.name} is invited as ${ROLE_LABELS[user.role]}. Send them this link; it works once.`,
        link: { kind: "invitation" as const, ...link, to: { email: user.email, name: user.name } },
      };
    });
  } catch (error) {
    // Another admin invited the same address a moment ago.
    if (isUniqueViolation(error)) return EMAIL_TAKEN;
    throw error;
  }
}

/** Runs a change to one user, turning "would leave no admin" into a message. */
async function changeUser(
  client: PrismaClient,
  userId: string,
  change: (tx: Prisma.TransactionClient, user: Prisma.UserGetPayload<object>) => Promise<AdminResult>,
): Promise<AdminResult> {
  try {
    return await client.$transaction(async (tx) => {
      const user = await tx.user.findUnique({ where: { id: userId } });
      return user ? change(tx, user) : NO_SUCH_USER;
    });
  } catch (error) {
    if (error instanceof LastAdminError) return { ok: false, message: error.message };
    throw error;
  }
}

/** A new role ends the user's open sessions, so it applies from their next request. */
export function changeRole(
  client: PrismaClient,
  { userId, role }: { userId: string; role: Role },
  { actor, ip }: AdminContext,
): Promise<AdminResult> {
  return changeUser(client, userId, async (tx, user) => {
    if (user.role === role) return { ok: true, message: `${user.name} is already ${ROLE_LABELS[role]}.` };
    await tx.user.update({ where: { id: user.id }, data: { role } });
    await endUserSessions(tx, user.id);
    await ensureAnAdminRemains(tx, user, actor.id);
    await recordAudit(tx, {
      action: "user.role_change",
      actor,
      targetType: "user",
      targetId: user.id,
      details: { email: user.email, from: user.role, to: role },
      ip,
    });
    return { ok: true, message: `${user.name} is now ${ROLE_LABELS[role]}. Their open sessions have ended.` };
  });
}

/** Disabling ends every open session at once; enabling lets the user sign in again. */
export function setDisabled(
  client: PrismaClient,
  { userId, disabled }: { userId: string; disabled: boolean },
  { actor, ip }: AdminContext,
): Promise<AdminResult> {
  return changeUser(client, userId, async (tx, user) => {
    if (disabled && user.id === actor.id)
      return { ok: false, message: "You cannot disable your own account. Ask another admin to do it." };
    if (disabled === (user.status === "DISABLED"))
      return { ok: true, message: `${user.name} is already ${disabled ? "disabled" : "enabled"}.` };
    // An account that never accepted its invitation goes back to waiting for it.
    const status = disabled ? "DISABLED" : user.passwordHash ? "ACTIVE" : "INVITED";
    await tx.user.update({ where: { id: user.id }, data: { status } });
    await endUserSessions(tx, user.id);
    await ensureAnAdminRemains(tx, user, actor.id);
    await recordAudit(tx, {
      action: disabled ? "user.disable" : "user.enable",
      actor,
      targetType: "user",
      targetId: user.id,
      details: { email: user.email },
      ip,
    });
    return {
      ok: true,
      message: disabled ? `${user.name} is disabled and signed out everywhere.` : `${user.name} is enabled again.`,
    };
  });
}

/** A password-reset link for an active user, or a fresh invitation link for one who has not accepted yet. */
export function makeOneTimeLink(
  client: PrismaClient,
  { userId }: { userId: string },
  { actor, ip, now = new Date() }: AdminContext,
): Promise<AdminResult> {
  return changeUser(client, userId, async (tx, user) => {
    if (user.status === "DISABLED")
      return { ok: false, message: `${user.name} is disabled. Enable the account before making a link.` };
    const kind: OneTimeLinkKind = user.status === "INVITED" ? "invitation" : "reset";
    const link = await issueLink(tx, kind, { userId: user.id, createdById: actor.id, now });
    const action = kind === "invitation" ? "user.invitation_renew" : "user.password_reset_link";
    await recordAudit(tx, { action, actor, targetType: "user", targetId: user.id, details: { email: user.email }, ip });
    const message =
      kind === "invitation"
        ? `A new invitation link for ${user.name}; the earlier one no longer works.`
        : `A password reset link for ${user.name}. Their password stays the same until they use it.`;
    return { ok: true, message, link: { kind, ...link, to: { email: user.email, name: user.name } } };
  });
}
