import { afterEach, beforeEach, describe, expect, it } from "vitest";
import type { SessionUser } from "@/lib/auth/session-user";
import { startSession } from "@/lib/sessions/store";
import { createTestDatabase, type TestDatabase } from "@/lib/testing/database";
import { changeRole, inviteUser, makeOneTimeLink, setDisabled } from "@/lib/users/admin";

let database: TestDatabase;
let admin: SessionUser;
let writerId: string;

beforeEach(async () => {
  database = createTestDatabase();
  const created = await database.client.user.create({
    data: { email: "boss@example.com", name: "Boss", role: "ADMIN", status: "ACTIVE", passwordHash: "x" },
  });
  admin = { id: created.id, email: created.email, name: created.name, role: created.role };
  writerId = (
    await database.client.user.create({
      data: { email: "wri@example.com", name: "Wri", role: "WRITER", status: "ACTIVE", passwordHash: "x" },
    })
  ).id;
});
afterEach(() => database.dispose());

const context = () => ({ actor: admin, ip: "203.0.113.1" });
const user = (id: string) => database.client.user.findUniqueOrThrow({ where: { id } });
const signIn = (userId: string) => startSession(database.client, { userId, userAgent: "", ip: "" });
const sessions = (userId: string) => database.client.staffSession.count({ where: { userId } });
const actions = async () =>
  (await database.client.auditEvent.findMany({ orderBy: { createdAt: "asc" } })).map((e) => e.action);

describe("inviteUser", () => {
  it("creates an invited user with a hashed one-time link, audited", async () => {
    const result = await inviteUser(
      database.client,
      { email: "new@example.com", name: "New Person", role: "EDITOR" },
      context(),
    );
    expect(result.ok).toBe(true);
    if (!result.ok || !result.link) throw new Error("expected a link");
    expect(result.link.url).toMatch(/\/invite\/[A-Za-z0-9_-]{43}$/);
    const invited = await database.client.user.findUniqueOrThrow({
      where: { email: "new@example.com" },
      include: { invitations: true },
    });
    expect(invited).toMatchObject({ status: "INVITED", role: "EDITOR", passwordHash: null });
    expect(invited.invitations).toHaveLength(1);
    expect(invited.invitations[0]!.tokenHash).not.toContain(result.link.url.split("/").at(-1));
    expect(await actions()).toEqual(["user.invite"]);
  });

  it("refuses an email that is taken, writing nothing", async () => {
    const result = await inviteUser(
      database.client,
      { email: "wri@example.com", name: "Again", role: "WRITER" },
      context(),
    );
    expect(result).toMatchObject({ ok: false, field: "email" });
    expect(await database.client.user.count()).toBe(2);
    expect(await actions()).toEqual([]);
  });
});

describe("changeRole", () => {
  it("changes the role, ends the user's sessions and records from and to", async () => {
    await signIn(writerId);
    const result = await changeRole(database.client, { userId: writerId, role: "EDITOR" }, context());
    expect(result.ok).toBe(true);
    expect(await user(writerId)).toMatchObject({ role: "EDITOR" });
    expect(await sessions(writerId)).toBe(0);
    const event = await database.client.auditEvent.findFirstOrThrow();
    expect(JSON.parse(event.details)).toMatchObject({ from: "WRITER", to: "EDITOR" });
  });

  it("never demotes the last active admin, even at their own request, and says why", async () => {
    await signIn(admin.id);
    const result = await changeRole(database.client, { userId: admin.id, role: "EDITOR" }, context());
    expect(result).toMatchObject({ ok: false, message: expect.stringContaining("You are the last active admin") });
    expect(await user(admin.id)).toMatchObject({ role: "ADMIN" });
    expect(await sessions(admin.id)).toBe(1);
    expect(await actions()).toEqual([]);
  });

  it("lets an admin step down once another admin is active", async () => {
    await changeRole(database.client, { userId: writerId, role: "ADMIN" }, context());
    expect((await changeRole(database.client, { userId: admin.id, role: "EDITOR" }, context())).ok).toBe(true);
  });

  it("answers a tampered id with a message", async () => {
    expect(await changeRole(database.client, { userId: "no-such-user", role: "EDITOR" }, context())).toMatchObject({
      ok: false,
      field: "userId",
    });
  });
});

describe("setDisabled", () => {
  it("disables (ending sessions) and enables again", async () => {
    await signIn(writerId);
    expect((await setDisabled(database.client, { userId: writerId, disabled: true }, context())).ok).toBe(true);
    expect(await user(writerId)).toMatchObject({ status: "DISABLED" });
    expect(await sessions(writerId)).toBe(0);
    expect((await setDisabled(database.client, { userId: writerId, disabled: false }, context())).ok).toBe(true);
    expect(await user(writerId)).toMatchObject({ status: "ACTIVE" });
    expect(await actions()).toEqual(["user.disable", "user.enable"]);
  });

  it("refuses to disable yourself or the last admin", async () => {
    expect(await setDisabled(database.client, { userId: admin.id, disabled: true }, context())).toMatchObject({
      ok: false,
    });
    const other = { ...admin, id: writerId };
    const result = await setDisabled(database.client, { userId: admin.id, disabled: true }, { actor: other, ip: "" });
    expect(result).toMatchObject({ ok: false, message: expect.stringContaining("Boss is the last active admin") });
    expect(await user(admin.id)).toMatchObject({ status: "ACTIVE" });
  });
});

describe("makeOneTimeLink", () => {
  it("makes a reset link for an active user and a new invitation for an invited one", async () => {
    const reset = await makeOneTimeLink(database.client, { userId: writerId }, context());
    expect(reset).toMatchObject({ ok: true, link: { kind: "reset", url: expect.stringMatching(/\/reset\//) } });
    await inviteUser(database.client, { email: "new@example.com", name: "New", role: "WRITER" }, context());
    const invited = await database.client.user.findUniqueOrThrow({ where: { email: "new@example.com" } });
    const renewed = await makeOneTimeLink(database.client, { userId: invited.id }, context());
    expect(renewed).toMatchObject({ ok: true, link: { kind: "invitation" } });
    // The earlier invitation link no longer works.
    expect(await database.client.invitation.count({ where: { userId: invited.id } })).toBe(1);
  });
});
