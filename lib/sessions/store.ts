import { randomBytes } from "node:crypto";
import { unlessStorageFails } from "@/lib/db-errors";
import { env } from "@/lib/env";
import type { Prisma, PrismaClient } from "@/lib/generated/prisma/client";
import type { Role } from "@/lib/generated/prisma/enums";
import { describeDevice } from "@/lib/sessions/device";

type Client = PrismaClient | Prisma.TransactionClient;

/** How long sessions last (SESSION_MAX_AGE_HOURS and SESSION_IDLE_MINUTES), in milliseconds. */
export function sessionLimits(): { maxAgeMs: number; idleMs: number } {
  return { maxAgeMs: env().SESSION_MAX_AGE_HOURS * 3_600_000, idleMs: env().SESSION_IDLE_MINUTES * 60_000 };
}

/** lastSeenAt is written at most this often: a busy editor's every request need not be a write. */
const TOUCH_EVERY_MS = 60_000;
const USER_AGENT_MAX_LENGTH = 500;

/** Records a sign-in, and clears away sessions that ended; the id goes into the session cookie (encrypted by Auth.js). */
export async function startSession(
  client: Client,
  { userId, userAgent, ip }: { userId: string; userAgent: string; ip: string },
  now: Date = new Date(),
): Promise<string> {
  const id = randomBytes(32).toString("base64url");
  const agent = userAgent.slice(0, USER_AGENT_MAX_LENGTH);
  await pruneEndedSessions(client, now);
  await client.staffSession.create({
    data: {
      id,
      userId,
      userAgent: agent,
      device: describeDevice(agent),
      ip,
      createdAt: now,
      lastSeenAt: now,
      expiresAt: new Date(now.getTime() + sessionLimits().maxAgeMs),
    },
  });
  return id;
}

export type LiveSession = {
  id: string;
  user: { id: string; email: string; name: string; role: Role; twoFactorEnabled: boolean };
};

/**
 * The session a cookie names, if it still counts: the row exists, it is
 * within its lifetime and idle timeout, and its user is active. An ended
 * session's row is deleted on the way. Marks the session as seen.
 *
 * Both writes are housekeeping: on a database that cannot be written just
 * now (a full or read-only disk) the answer is the same without them, so
 * staff can still read their pages, and the next request tries again.
 */
export async function findLiveSession(
  client: PrismaClient,
  id: string,
  now: Date = new Date(),
): Promise<LiveSession | null> {
  const session = await client.staffSession.findUnique({
    where: { id },
    select: {
      id: true,
      lastSeenAt: true,
      expiresAt: true,
      user: { select: { id: true, email: true, name: true, role: true, status: true, twoFactorEnabledAt: true } },
    },
  });
  if (!session) return null;
  const idleSince = now.getTime() - session.lastSeenAt.getTime();
  if (session.expiresAt <= now || idleSince >= sessionLimits().idleMs || session.user.status !== "ACTIVE") {
    await unlessStorageFails("Deleting an ended session", () => client.staffSession.deleteMany({ where: { id } }));
    return null;
  }
  if (idleSince >= TOUCH_EVERY_MS) {
    await unlessStorageFails("Marking a session as seen", () =>
      client.staffSession.updateMany({ where: { id }, data: { lastSeenAt: now } }),
    );
  }
  const { twoFactorEnabledAt, status: _status, ...user } = session.user;
  return { id: session.id, user: { ...user, twoFactorEnabled: twoFactorEnabledAt !== null } };
}

export type SessionSummary = { id: string; device: string; ip: string; createdAt: Date; lastSeenAt: Date };

/** A user's sessions that still count, most recently used first. */
export async function listActiveSessions(
  client: Client,
  userId: string,
  now: Date = new Date(),
): Promise<SessionSummary[]> {
  return client.staffSession.findMany({
    where: {
      userId,
      expiresAt: { gt: now },
      lastSeenAt: { gt: new Date(now.getTime() - sessionLimits().idleMs) },
    },
    select: { id: true, device: true, ip: true, createdAt: true, lastSeenAt: true },
    orderBy: [{ lastSeenAt: "desc" }, { id: "asc" }],
  });
}

/** Ends one of a user's sessions; false when it had already ended (or is someone else's). */
export async function endSession(client: Client, { userId, id }: { userId: string; id: string }): Promise<boolean> {
  return (await client.staffSession.deleteMany({ where: { id, userId } })).count > 0;
}

/**
 * Ends a user's sessions, all or all but `except` (the one making the
 * change): after a password, role or status change, a second-factor change,
 * or on request. A sign-in waiting for its code (SignInChallenge) ends too,
 * so a password given before the change cannot still become a session.
 * Answers how many sessions ended.
 */
export async function endUserSessions(
  client: Client,
  userId: string,
  { except }: { except?: string } = {},
): Promise<number> {
  await client.signInChallenge.deleteMany({ where: { userId } });
  const where = except ? { userId, id: { not: except } } : { userId };
  return (await client.staffSession.deleteMany({ where })).count;
}

/** Deletes sessions past their lifetime or idle timeout, so the table holds what counts. */
export async function pruneEndedSessions(client: Client, now: Date = new Date()): Promise<number> {
  const idleBefore = new Date(now.getTime() - sessionLimits().idleMs);
  return (
    await client.staffSession.deleteMany({
      where: { OR: [{ expiresAt: { lte: now } }, { lastSeenAt: { lte: idleBefore } }] },
    })
  ).count;
}
