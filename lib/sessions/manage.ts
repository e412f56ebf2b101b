import "server-only";
import { recordAudit } from "@/lib/audit/record";
import type { SessionUser } from "@/lib/auth/session-user";
import type { PrismaClient } from "@/lib/generated/prisma/client";
import { endUserSessions } from "@/lib/sessions/store";

/** Who is ending sessions, from which session (it is never ended by these), and from where (for the audit log). */
export type SessionsContext = { actor: SessionUser; currentSessionId: string; ip: string };

export type SessionsResult = { ok: boolean; message: string };

/** "Sign out" beside one of your other sessions on /account. */
export async function endOwnSession(
  client: PrismaClient,
  { sessionId }: { sessionId: string },
  { actor, currentSessionId, ip }: SessionsContext,
): Promise<SessionsResult> {
  if (sessionId === currentSessionId) {
    return { ok: false, message: "This is the session you are using now. To end it, sign out." };
  }
  return client.$transaction(async (tx) => {
    // Scoped to the actor: another user's session id ends nothing and reads as already ended.
    const session = await tx.staffSession.findFirst({
      where: { id: sessionId, userId: actor.id },
      select: { device: true, ip: true },
    });
    if (!session) return { ok: true, message: "That session had already ended." };
    await tx.staffSession.delete({ where: { id: sessionId } });
    await recordAudit(tx, {
      action: "auth.session_end",
      actor,
      targetType: "user",
      targetId: actor.id,
      details: { device: session.device, address: session.ip },
      ip,
    });
    return { ok: true, message: `${session.device} is signed out.` };
  });
}

/** "Sign out everywhere else" on /account. */
export async function endOwnOtherSessions(
  client: PrismaClient,
  { actor, currentSessionId, ip }: SessionsContext,
): Promise<SessionsResult> {
  return client.$transaction(async (tx) => {
    const ended = await endUserSessions(tx, actor.id, { except: currentSessionId });
    if (ended === 0) return { ok: true, message: "You were not signed in anywhere else." };
    await recordAudit(tx, {
      action: "auth.sessions_end_others",
      actor,
      targetType: "user",
      targetId: actor.id,
      details: { ended },
      ip,
    });
    return { ok: true, message: `You are signed out everywhere else (${sessionCount(ended)}).` };
  });
}

/**
 * "End all sessions" on a user's admin page. An admin doing it to their own
 * account keeps the session they are using, as "Sign out everywhere else" does.
 */
export async function endAllSessionsOf(
  client: PrismaClient,
  { userId }: { userId: string },
  { actor, currentSessionId, ip }: SessionsContext,
): Promise<SessionsResult> {
  return client.$transaction(async (tx) => {
    const user = await tx.user.findUnique({ where: { id: userId }, select: { id: true, name: true, email: true } });
    if (!user) return { ok: false, message: "This user does not exist. Reload the list of users and try again." };
    const self = user.id === actor.id;
    const ended = await endUserSessions(tx, user.id, self ? { except: currentSessionId } : {});
    if (ended === 0) {
      return { ok: true, message: self ? "You have no other open sessions." : `${user.name} has no open sessions.` };
    }
    await recordAudit(tx, {
      action: "user.sessions_end",
      actor,
      targetType: "user",
      targetId: user.id,
      details: { email: user.email, ended },
      ip,
    });
    return {
      ok: true,
      message: self
        ? `Your other sessions have ended (${sessionCount(ended)}); this one stays open.`
        : `${user.name} is signed out everywhere (${sessionCount(ended)}).`,
    };
  });
}

function sessionCount(count: number): string {
  return count === 1 ? "1 session" : `${count} sessions`;
}
