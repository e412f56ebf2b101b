import { afterEach, beforeEach, describe, expect, it } from "vitest";
import type { SessionUser } from "@/lib/auth/session-user";
import { endAllSessionsOf, endOwnOtherSessions, endOwnSession } from "@/lib/sessions/manage";
import { listActiveSessions, startSession } from "@/lib/sessions/store";
import { createTestDatabase, type TestDatabase } from "@/lib/testing/database";

const FIREFOX = "Mozilla/5.0 (X11; Linux x86_64; rv:133.0) Gecko/20100101 Firefox/133.0";

let database: TestDatabase;
let writer: SessionUser;
let admin: SessionUser;

async function staff(email: string, role: "WRITER" | "ADMIN"): Promise<SessionUser> {
  const row = await database.client.user.create({
    data: { email, name: email.split("@")[0]!, role, status: "ACTIVE", passwordHash: "x" },
  });
  return { id: row.id, email: row.email, name: row.name, role: row.role };
}

beforeEach(async () => {
  database = createTestDatabase();
  writer = await staff("wanda@example.com", "WRITER");
  admin = await staff("ada@example.com", "ADMIN");
});
afterEach(() => database.dispose());

const signIn = (userId: string, userAgent = "") =>
  startSession(database.client, { userId, userAgent, ip: "198.51.100.4" });
const sessionIds = async (userId: string) =>
  (await listActiveSessions(database.client, userId)).map((session) => session.id).sort();
const audit = async () =>
  (await database.client.auditEvent.findMany({ orderBy: { createdAt: "asc" } })).map((event) => ({
    action: event.action,
    actorId: event.actorId,
    targetId: event.targetId,
    details: JSON.parse(event.details) as unknown,
  }));

describe("endOwnSession", () => {
  it("ends one of your other sessions, audited with its device and address", async () => {
    const current = await signIn(writer.id);
    const other = await signIn(writer.id, FIREFOX);
    const context = { actor: writer, currentSessionId: current, ip: "203.0.113.1" };

    expect(await endOwnSession(database.client, { sessionId: other }, context)).toEqual({
      ok: true,
      message: "Firefox on Linux is signed out.",
    });
    expect(await sessionIds(writer.id)).toEqual([current]);
    expect(await audit()).toEqual([
      {
        action: "auth.session_end",
        actorId: writer.id,
        targetId: writer.id,
        details: { device: "Firefox on Linux", address: "198.51.100.4" },
      },
    ]);
  });

  it("ends nothing of someone else's, and says the session had already ended", async () => {
    const current = await signIn(writer.id);
    const admins = await signIn(admin.id);
    const result = await endOwnSession(
      database.client,
      { sessionId: admins },
      { actor: writer, currentSessionId: current, ip: "" },
    );
    expect(result).toEqual({ ok: true, message: "That session had already ended." });
    expect(await sessionIds(admin.id)).toEqual([admins]);
    expect(await audit()).toEqual([]);
  });

  it("refuses the session in use: that is what signing out is for", async () => {
    const current = await signIn(writer.id);
    const result = await endOwnSession(
      database.client,
      { sessionId: current },
      { actor: writer, currentSessionId: current, ip: "" },
    );
    expect(result.ok).toBe(false);
    expect(await sessionIds(writer.id)).toEqual([current]);
    expect(await audit()).toEqual([]);
  });
});

describe("endOwnOtherSessions", () => {
  it("keeps the session in use and ends the rest of yours only", async () => {
    const current = await signIn(writer.id);
    await signIn(writer.id);
    await signIn(writer.id);
    const admins = await signIn(admin.id);

    const result = await endOwnOtherSessions(database.client, { actor: writer, currentSessionId: current, ip: "" });
    expect(result).toEqual({ ok: true, message: "You are signed out everywhere else (2 sessions)." });
    expect(await sessionIds(writer.id)).toEqual([current]);
    expect(await sessionIds(admin.id)).toEqual([admins]);
    expect(await audit()).toMatchObject([{ action: "auth.sessions_end_others", details: { ended: 2 } }]);
  });

  it("records nothing when there was nowhere else", async () => {
    const current = await signIn(writer.id);
    const result = await endOwnOtherSessions(database.client, { actor: writer, currentSessionId: current, ip: "" });
    expect(result.ok).toBe(true);
    expect(await audit()).toEqual([]);
  });
});

describe("endAllSessionsOf", () => {
  it("ends every session of the user, audited against them", async () => {
    const adminsSession = await signIn(admin.id);
    await signIn(writer.id);
    await signIn(writer.id);
    const context = { actor: admin, currentSessionId: adminsSession, ip: "203.0.113.1" };

    expect(await endAllSessionsOf(database.client, { userId: writer.id }, context)).toEqual({
      ok: true,
      message: "wanda is signed out everywhere (2 sessions).",
    });
    expect(await sessionIds(writer.id)).toEqual([]);
    expect(await sessionIds(admin.id)).toEqual([adminsSession]);
    expect(await audit()).toEqual([
      {
        action: "user.sessions_end",
        actorId: admin.id,
        targetId: writer.id,
        details: { email: "wanda@example.com", ended: 2 },
      },
    ]);
  });

  it("keeps the admin's own session in use when the user is themselves", async () => {
    const current = await signIn(admin.id);
    await signIn(admin.id);
    const result = await endAllSessionsOf(
      database.client,
      { userId: admin.id },
      { actor: admin, currentSessionId: current, ip: "" },
    );
    expect(result.ok).toBe(true);
    expect(await sessionIds(admin.id)).toEqual([current]);
  });

  it("answers a clear message for a user who does not exist, writing nothing", async () => {
    const result = await endAllSessionsOf(
      database.client,
      { userId: "no-such-user" },
      { actor: admin, currentSessionId: "", ip: "" },
    );
    expect(result).toMatchObject({ ok: false, message: expect.stringContaining("does not exist") });
    expect(await audit()).toEqual([]);
  });
});
