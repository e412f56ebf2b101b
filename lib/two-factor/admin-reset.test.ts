import { afterEach, beforeEach, describe, expect, it } from "vitest";
import type { SessionUser } from "@/lib/auth/session-user";
import { startSession } from "@/lib/sessions/store";
import { createTestDatabase, type TestDatabase } from "@/lib/testing/database";
import { resetTwoFactor } from "@/lib/two-factor/admin-reset";
import { getUserDetails } from "@/lib/users/queries";

let database: TestDatabase;
let admin: SessionUser;
let adminSession: string;
let editorId: string;

const ENABLED_AT = new Date("2026-11-02T09:00:00Z");

beforeEach(async () => {
  database = createTestDatabase();
  const client = database.client;
  const boss = await client.user.create({
    data: { email: "boss@example.com", name: "Boss", role: "ADMIN", status: "ACTIVE", passwordHash: "x" },
  });
  admin = { id: boss.id, email: boss.email, name: boss.name, role: boss.role };
  adminSession = await startSession(client, { userId: admin.id, userAgent: "", ip: "" });
  editorId = (
    await client.user.create({
      data: {
        email: "ed@example.com",
        name: "Ed",
        role: "EDITOR",
        status: "ACTIVE",
        passwordHash: "x",
        totpSecret: "sealed-secret",
        totpLastStep: 59_000_000,
        twoFactorEnabledAt: ENABLED_AT,
        recoveryCodes: { create: [{ codeHash: "a".repeat(64) }, { codeHash: "b".repeat(64) }] },
        signInChallenges: { create: { tokenHash: "c".repeat(64), expiresAt: new Date(Date.now() + 300_000) } },
      },
    })
  ).id;
  await startSession(client, { userId: editorId, userAgent: "", ip: "" });
});
afterEach(() => database.dispose());

const context = () => ({ actor: admin, currentSessionId: adminSession, ip: "203.0.113.1" });

describe("resetTwoFactor", () => {
  it("clears the second factor, its recovery codes and pending sign-ins, ends the user's sessions, audited", async () => {
    expect((await getUserDetails(editorId, database.client))?.twoFactorEnabledAt).toEqual(ENABLED_AT);

    const result = await resetTwoFactor(database.client, { userId: editorId }, context());

    expect(result.ok).toBe(true);
    const editor = await database.client.user.findUniqueOrThrow({ where: { id: editorId } });
    expect(editor).toMatchObject({
      totpSecret: null,
      totpPendingSecret: null,
      totpLastStep: null,
      twoFactorEnabledAt: null,
    });
    expect((await getUserDetails(editorId, database.client))?.twoFactorEnabledAt).toBeNull();
    expect(await database.client.recoveryCode.count({ where: { userId: editorId } })).toBe(0);
    expect(await database.client.signInChallenge.count({ where: { userId: editorId } })).toBe(0);
    expect(await database.client.staffSession.count({ where: { userId: editorId } })).toBe(0);
    expect(await database.client.staffSession.count({ where: { userId: admin.id } })).toBe(1);
    const events = await database.client.auditEvent.findMany();
    expect(events.map((event) => [event.action, event.actorId, event.targetId])).toEqual([
      ["user.2fa_reset", admin.id, editorId],
    ]);
    expect(JSON.parse(events[0]!.details)).toEqual({ email: "ed@example.com", recoveryCodes: 2, sessionsEnded: 1 });
  });

  it("keeps the session in use when an admin resets their own", async () => {
    await database.client.user.update({ where: { id: admin.id }, data: { totpSecret: "sealed" } });
    await startSession(database.client, { userId: admin.id, userAgent: "", ip: "" });
    await resetTwoFactor(database.client, { userId: admin.id }, context());
    const left = await database.client.staffSession.findMany({ where: { userId: admin.id } });
    expect(left.map((session) => session.id)).toEqual([adminSession]);
  });

  it("writes nothing for a user without a second factor, or one who does not exist", async () => {
    const writer = await database.client.user.create({
      data: { email: "w@example.com", name: "W", role: "WRITER", status: "ACTIVE", passwordHash: "x" },
    });
    await startSession(database.client, { userId: writer.id, userAgent: "", ip: "" });
    expect(await resetTwoFactor(database.client, { userId: writer.id }, context())).toMatchObject({ ok: true });
    expect(await database.client.staffSession.count({ where: { userId: writer.id } })).toBe(1);
    expect(await resetTwoFactor(database.client, { userId: "gone" }, context())).toMatchObject({ ok: false });
    expect(await database.client.auditEvent.count()).toBe(0);
  });
});
