import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { authenticate } from "@/lib/auth/credentials";
import { hashPassword, verifyPassword } from "@/lib/auth/password";
import { createTestDatabase, type TestDatabase } from "@/lib/testing/database";

const PASSWORD = "correct horse battery";
const start = new Date("2026-01-01T12:00:00Z");
const minutesLater = (minutes: number) => new Date(start.getTime() + minutes * 60_000);

vi.mock("@/lib/auth/password", async (importOriginal) => {
  const actual = await importOriginal<typeof import("@/lib/auth/password")>();
  return { ...actual, verifyPassword: vi.fn(actual.verifyPassword) };
});

let database: TestDatabase;
beforeEach(async () => {
  database = createTestDatabase();
  await database.client.user.create({
    data: {
      email: "ann@example.com",
      name: "Ann",
      role: "WRITER",
      status: "ACTIVE",
      passwordHash: await hashPassword(PASSWORD),
    },
  });
});
afterEach(() => database.dispose());

const attempt = (password: string, { email = "ann@example.com", address = "203.0.113.5", now = start } = {}) =>
  authenticate(database.client, { email, password, address }, now);

describe("authenticate", () => {
  it("signs in with the right password, records the time and an audit event", async () => {
    const result = await attempt(PASSWORD);
    expect(result).toMatchObject({ ok: true, user: { email: "ann@example.com", role: "WRITER" }, secondFactor: false });
    const user = await database.client.user.findUniqueOrThrow({ where: { email: "ann@example.com" } });
    expect(user.lastSignInAt).toEqual(start);
    expect(await database.client.auditEvent.findMany({ select: { action: true, actorId: true, ip: true } })).toEqual([
      { action: "auth.signin", actorId: user.id, ip: "203.0.113.5" },
    ]);
  });

  it("leaves the sign-in of an account with two-factor sign-in to its code", async () => {
    await database.client.user.update({ where: { email: "ann@example.com" }, data: { twoFactorEnabledAt: start } });
    expect(await attempt(PASSWORD)).toMatchObject({ ok: true, secondFactor: true });
    const user = await database.client.user.findUniqueOrThrow({ where: { email: "ann@example.com" } });
    expect(user.lastSignInAt).toBeNull();
    expect(await database.client.auditEvent.count()).toBe(0);
  });

  it("answers a wrong password and an unknown email alike", async () => {
    expect(await attempt("wrong password here")).toEqual({ ok: false, reason: "invalid" });
    expect(await attempt(PASSWORD, { email: "nobody@example.com" })).toEqual({ ok: false, reason: "invalid" });
    const actions = await database.client.auditEvent.findMany({ select: { action: true } });
    expect(actions).toEqual([{ action: "auth.signin_failed" }, { action: "auth.signin_failed" }]);
  });

  it("locks the account on the fifth failure and refuses even the right password until it ends", async () => {
    for (let i = 0; i < 4; i++)
      expect(await attempt(`wrong ${i}`, { address: `203.0.113.${i + 10}` })).toEqual({ ok: false, reason: "invalid" });
    expect(await attempt("wrong 5", { address: "203.0.113.20" })).toEqual({ ok: false, reason: "locked" });
    expect(await attempt(PASSWORD, { address: "198.51.100.1", now: minutesLater(4) })).toEqual({
      ok: false,
      reason: "locked",
    });
    expect(await attempt(PASSWORD, { address: "198.51.100.1", now: minutesLater(5) })).toMatchObject({ ok: true });
    expect(await database.client.auditEvent.count({ where: { action: "auth.lockout" } })).toBe(1);
  });

  it("refuses a locked account without checking the password", async () => {
    for (let i = 0; i < 5; i++) await attempt("wrong password");
    vi.mocked(verifyPassword).mockClear();
    expect(await attempt(PASSWORD)).toEqual({ ok: false, reason: "locked" });
    expect(verifyPassword).not.toHaveBeenCalled();
  });

  // About a hundred real password checks: slower than the default timeout allows on a busy machine.
  it("lets an address fail 49 times across accounts, and locks it on the 50th", { timeout: 60_000 }, async () => {
    const failFrom = async (address: string, count: number) => {
      for (let i = 0; i < count; i++) {
        expect(await attempt(PASSWORD, { email: `guess${i}@example.com`, address })).toEqual({
          ok: false,
          reason: i === 49 ? "locked" : "invalid",
        });
      }
    };
    await failFrom("192.0.2.66", 49);
    expect(await attempt(PASSWORD, { address: "192.0.2.66" })).toMatchObject({ ok: true });
    await failFrom("192.0.2.77", 50);
    expect(await attempt(PASSWORD, { address: "192.0.2.77" })).toEqual({ ok: false, reason: "locked" });
    expect(await attempt(PASSWORD, { address: "192.0.2.78" })).toMatchObject({ ok: true });
  });

  it("never locks the shared 'unknown' address", async () => {
    for (let i = 0; i < 6; i++) await attempt(PASSWORD, { email: `guess${i}@example.com`, address: "unknown" });
    expect(await attempt(PASSWORD, { address: "unknown" })).toMatchObject({ ok: true });
  });

  it("starts the count again after a success", async () => {
    for (let i = 0; i < 4; i++) await attempt("wrong password");
    expect(await attempt(PASSWORD)).toMatchObject({ ok: true });
    for (let i = 0; i < 4; i++) expect(await attempt("wrong password")).toEqual({ ok: false, reason: "invalid" });
  });

  it("keeps disabled and invited accounts out, saying 'disabled' only to someone who knew the password", async () => {
    await database.client.user.update({ where: { email: "ann@example.com" }, data: { status: "DISABLED" } });
    expect(await attempt("wrong password")).toEqual({ ok: false, reason: "invalid" });
    expect(await attempt(PASSWORD)).toEqual({ ok: false, reason: "disabled" });
    await database.client.user.create({ data: { email: "new@example.com", name: "New", status: "INVITED" } });
    expect(await attempt(PASSWORD, { email: "new@example.com" })).toEqual({ ok: false, reason: "invalid" });
  });
});
