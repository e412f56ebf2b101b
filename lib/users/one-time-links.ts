import "server-only";
import { addDays, addHours } from "date-fns";
import type { AuditAction } from "@/lib/audit/events";
import { recordAudit } from "@/lib/audit/record";
import { hashPassword } from "@/lib/auth/password";
import {
  clearFailures,
  linkThrottleKeys,
  lockoutRemaining,
  recordFailure,
  throttleKeys,
} from "@/lib/auth/throttle-store";
import { db } from "@/lib/db";
import { siteUrl } from "@/lib/env";
import type { Prisma, PrismaClient } from "@/lib/generated/prisma/client";
import type { UserStatus } from "@/lib/generated/prisma/enums";
import type { OneTimeLinkKind } from "@/lib/mail/messages";
import { endUserSessions } from "@/lib/sessions/store";
import { hashToken, newToken, type TokenState, tokenState } from "@/lib/users/tokens";

export type { OneTimeLinkKind } from "@/lib/mail/messages";

/**
 * Invitations and password resets are the same mechanism: a one-time link
 * whose token is stored only as a hash, which sets the user's password once.
 * An invitation activates an invited account; a reset ends every open session.
 */
const KINDS = {
  invitation: {
    path: "/invite",
    lifetime: (now: Date) => addDays(now, 7),
    userStatus: "INVITED",
    acceptAction: "user.invitation_accept",
  },
  reset: {
    path: "/reset",
    lifetime: (now: Date) => addHours(now, 24),
    userStatus: "ACTIVE",
    acceptAction: "user.password_reset",
  },
} as const satisfies Record<
  OneTimeLinkKind,
  { path: string; lifetime: (now: Date) => Date; userStatus: UserStatus; acceptAction: AuditAction }
>;

type LinkRow = { id: string; userId: string; usedAt: Date | null; expiresAt: Date };
type LinkUser = { id: string; email: string; name: string; status: UserStatus };

/** The columns Invitation and PasswordReset share, so one piece of code serves both tables. */
type LinkTable = {
  create(args: {
    data: { userId: string; tokenHash: string; expiresAt: Date; createdById: string | null };
  }): Promise<unknown>;
  deleteMany(args: { where: { userId: string; usedAt: null } }): Promise<unknown>;
  findUnique(args: {
    where: { tokenHash: string };
    include: { user: true };
  }): Promise<(LinkRow & { user: LinkUser }) | null>;
  updateMany(args: { where: { id: string; usedAt: null }; data: { usedAt: Date } }): Promise<{ count: number }>;
};

function table(client: Prisma.TransactionClient, kind: OneTimeLinkKind): LinkTable {
  return kind === "invitation" ? client.invitation : client.passwordReset;
}

export function linkUrl(kind: OneTimeLinkKind, token: string): string {
  return `${siteUrl()}${KINDS[kind].path}/${token}`;
}

/**
 * Makes a new link for the user, replacing any unused one of the same kind.
 * Call inside the transaction that records why (invite, reset).
 */
export async function issueLink(
  tx: Prisma.TransactionClient,
  kind: OneTimeLinkKind,
  { userId, createdById, now = new Date() }: { userId: string; createdById: string | null; now?: Date },
): Promise<{ url: string; expiresAt: Date }> {
  const { token, tokenHash } = newToken();
  const expiresAt = KINDS[kind].lifetime(now);
  await table(tx, kind).deleteMany({ where: { userId, usedAt: null } });
  await table(tx, kind).create({ data: { userId, tokenHash, expiresAt, createdById } });
  return { url: linkUrl(kind, token), expiresAt };
}

export type LinkCheck =
  | { state: Exclude<TokenState, "valid"> | "inactive" }
  | { state: "limited"; retryAfterMs: number }
  | { state: "valid"; linkId: string; user: LinkUser };

/** What a link is good for right now; "inactive" when the account is no longer in the state the link was made for. */
export async function checkLink(
  kind: OneTimeLinkKind,
  token: string,
  { client = db, now = new Date() }: { client?: Prisma.TransactionClient; now?: Date } = {},
): Promise<LinkCheck> {
  const row = await table(client, kind).findUnique({ where: { tokenHash: hashToken(token) }, include: { user: true } });
  const state = tokenState(row, now);
  if (state !== "valid" || !row) return { state: state === "valid" ? "unknown" : state };
  if (row.user.status !== KINDS[kind].userStatus) return { state: "inactive" };
  return { state: "valid", linkId: row.id, user: row.user };
}

/**
 * checkLink for an anonymous visitor at `ip`: refused while that address is
 * locked out (lib/auth/throttle.ts, MAX_FAILURES.linkAddress), and a token
 * that matches no link counts against it. Used, expired and inactive links
 * were real ones, so they do not count: only guessing produces "unknown".
 */
export async function openLink(
  kind: OneTimeLinkKind,
  token: string,
  { ip, client = db, now = new Date() }: { ip: string; client?: PrismaClient; now?: Date },
): Promise<LinkCheck> {
  const keys = linkThrottleKeys(ip);
  const retryAfterMs = await lockoutRemaining(client, keys, now);
  if (retryAfterMs > 0) return { state: "limited", retryAfterMs };
  const check = await checkLink(kind, token, { client, now });
  if (check.state === "unknown") await client.$transaction((tx) => recordFailure(tx, keys, now));
  return check;
}

/**
 * Uses the link to set the user's password: once only, even when two
 * requests race, and all-or-nothing. The link is checked before the new
 * password is hashed, so a bad or throttled link costs no hashing.
 */
export async function redeemLink(
  client: PrismaClient,
  kind: OneTimeLinkKind,
  { token, password, ip, now = new Date() }: { token: string; password: string; ip: string; now?: Date },
): Promise<LinkCheck> {
  const opened = await openLink(kind, token, { ip, client, now });
  if (opened.state !== "valid") return opened;
  const passwordHash = await hashPassword(password);
  return client.$transaction(async (tx) => {
    // Again, inside the transaction: another request may have used the link during the hashing.
    const check = await checkLink(kind, token, { client: tx, now });
    if (check.state !== "valid") return check;
    const claimed = await table(tx, kind).updateMany({
      where: { id: check.linkId, usedAt: null },
      data: { usedAt: now },
    });
    if (claimed.count !== 1) return { state: "used" };
    const user = await tx.user.update({
      where: { id: check.user.id },
      data: { passwordHash, status: "ACTIVE" },
    });
    await endUserSessions(tx, user.id);
    await clearFailures(tx, throttleKeys(user.email, "unknown"));
    await recordAudit(tx, { action: KINDS[kind].acceptAction, actor: user, targetType: "user", targetId: user.id, ip });
    return { state: "valid", linkId: check.linkId, user };
  });
}
