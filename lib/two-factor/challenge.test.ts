import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { createTestDatabase, type TestDatabase } from "@/lib/testing/database";
import { authenticatorCode, enrolInTwoFactor } from "@/lib/testing/two-factor";
import { completeSignInChallenge, createSignInChallenge, MAX_CODE_ATTEMPTS } from "@/lib/two-factor/challenge";
import { hashToken } from "@/lib/users/tokens";

const address = "203.0.113.8";
// 15 seconds into a 30-second step, so a step before and after are both a clean 30 seconds away.
const enrolledAt = new Date("2026-12-03T09:00:15Z");
const now = new Date("2026-12-03T10:00:15Z");
const later = (ms: number) => new Date(now.getTime() + ms);

let database: TestDatabase;
let userId: string;
let secret: string;
let recoveryCodes: string[];

beforeEach(async () => {
  vi.stubEnv("AUTH_SECRET", "an-auth-secret-for-the-tests-only");
  database = createTestDatabase();
  userId = (
    await database.client.user.create({
      data: { email: "wanda@example.com", name: "Wanda", role: "EDITOR", status: "ACTIVE" },
    })
  ).id;
  ({ secret, recoveryCodes } = await enrolInTwoFactor(database.client, userId, enrolledAt));
});
afterEach(async () => {
  vi.unstubAllEnvs();
  await database.dispose();
});

const challenge = (at: Date = now) => createSignInChallenge(database.client, { userId, ip: address }, at);
const complete = (token: string, code: string, at: Date = now) =>
  completeSignInChallenge(database.client, { token, code, address }, at);
const auditCount = (action: string) => database.client.auditEvent.count({ where: { action } });

const SIGNED_IN = {
  ok: true,
  user: { id: expect.any(String), email: "wanda@example.com", name: "Wanda", role: "EDITOR" },
};

describe("createSignInChallenge", () => {
  it("stores only the token's hash, for five minutes, and ends the user's earlier challenges", async () => {
    const first = await challenge();
    const second = await challenge();
    const rows = await database.client.signInChallenge.findMany();
    expect(rows).toEqual([expect.objectContaining({ tokenHash: hashToken(second), ip: address, attempts: 0 })]);
    expect(rows[0]?.expiresAt).toEqual(later(5 * 60_000));
    expect(await complete(first, authenticatorCode(secret, now))).toEqual({ ok: false, reason: "expired" });
  });
});

describe("completeSignInChallenge with an authenticator code", () => {
  it("signs in once, records the step and audits the success and the sign-in", async () => {
    const code = authenticatorCode(secret, now);
    expect(await complete(await challenge(), code)).toEqual(SIGNED_IN);
    const user = await database.client.user.findUniqueOrThrow({ where: { id: userId } });
    expect(user.totpLastStep).toBe(Math.floor(now.getTime() / 30_000));
    expect(user.lastSignInAt).toEqual(now);
    expect(await database.client.signInChallenge.count()).toBe(0);
    const success = await database.client.auditEvent.findFirstOrThrow({ where: { action: "auth.2fa_success" } });
    expect(JSON.parse(success.details)).toEqual({ method: "totp" });
    expect(await auditCount("auth.signin")).toBe(1);
  });

  it("refuses the same code again within its window, as a failure", async () => {
    const code = authenticatorCode(secret, now);
    expect((await complete(await challenge(), code)).ok).toBe(true);
    expect(await complete(await challenge(later(20_000)), code, later(20_000))).toEqual({
      ok: false,
      reason: "invalid",
    });
    expect(await auditCount("auth.2fa_failed")).toBe(1);
  });

  it("refuses an earlier step's code once a later one was used", async () => {
    expect((await complete(await challenge(), authenticatorCode(secret, later(30_000)))).ok).toBe(true);
    expect(await complete(await challenge(), authenticatorCode(secret, now))).toEqual({ ok: false, reason: "invalid" });
  });

  it("accepts the codes of the steps either side of now, and no further", async () => {
    expect((await complete(await challenge(), authenticatorCode(secret, later(-30_000)))).ok).toBe(true);
    expect((await complete(await challenge(), authenticatorCode(secret, later(30_000)))).ok).toBe(true);
    expect(await complete(await challenge(), authenticatorCode(secret, later(60_000)))).toEqual({
      ok: false,
      reason: "invalid",
    });
    expect(await complete(await challenge(), authenticatorCode(secret, later(-60_000)))).toEqual({
      ok: false,
      reason: "invalid",
    });
  });

  it("ignores spaces in the code", async () => {
    const code = authenticatorCode(secret, now);
    expect((await complete(await challenge(), ` ${code.slice(0, 3)} ${code.slice(3)} `)).ok).toBe(true);
  });
});

describe("completeSignInChallenge with a recovery code", () => {
  it("signs in with each code once, however it is typed, and says how many are left", async () => {
    const [code = ""] = recoveryCodes;
    expect(await complete(await challenge(), code.toUpperCase().replaceAll("-", " "))).toEqual(SIGNED_IN);
    const used = await database.client.auditEvent.findFirstOrThrow({ where: { action: "auth.2fa_recovery_used" } });
    expect(JSON.parse(used.details)).toEqual({ remaining: 9 });
    const success = await database.client.auditEvent.findFirstOrThrow({ where: { action: "auth.2fa_success" } });
    expect(JSON.parse(success.details)).toEqual({ method: "recovery" });

    expect(await complete(await challenge(), code)).toEqual({ ok: false, reason: "invalid" });
    expect((await complete(await challenge(), recoveryCodes[1] ?? "")).ok).toBe(true);
  });

  it("does not take another user's recovery code", async () => {
    const otherId = (
      await database.client.user.create({ data: { email: "colin@example.com", name: "Colin", status: "ACTIVE" } })
    ).id;
    const other = await enrolInTwoFactor(database.client, otherId, enrolledAt);
    expect(await complete(await challenge(), other.recoveryCodes[0] ?? "")).toEqual({ ok: false, reason: "invalid" });
  });
});

describe("completeSignInChallenge refuses", () => {
  it("an unknown or expired challenge, before looking at the code", async () => {
    expect(await complete("no-such-token", authenticatorCode(secret, now))).toEqual({ ok: false, reason: "expired" });
    const token = await challenge();
    const expiry = later(5 * 60_000);
    expect(await complete(token, authenticatorCode(secret, expiry), expiry)).toEqual({
      ok: false,
      reason: "expired",
    });
    expect(await auditCount("auth.2fa_failed")).toBe(0);
  });

  it("a challenge of an account disabled or reset since the password", async () => {
    const token = await challenge();
    await database.client.user.update({ where: { id: userId }, data: { status: "DISABLED" } });
    expect(await complete(token, authenticatorCode(secret, now))).toEqual({ ok: false, reason: "expired" });
  });

  it("wrong codes, which count toward the account's lock-out", async () => {
    const token = await challenge();
    for (let i = 1; i < 5; i++) expect(await complete(token, "000000")).toEqual({ ok: false, reason: "invalid" });
    expect(await complete(token, "not-a-recovery-code")).toEqual({ ok: false, reason: "locked" });
    expect(await auditCount("auth.2fa_failed")).toBe(5);
    expect(await auditCount("auth.lockout")).toBe(1);
    // Locked out: even the right code on a fresh challenge is refused, before it is checked.
    expect(await complete(await challenge(), authenticatorCode(secret, now))).toEqual({ ok: false, reason: "locked" });
    expect(await auditCount("auth.2fa_failed")).toBe(5);
  });

  it("a challenge after five wrong codes: the password must be given again", async () => {
    const token = await challenge();
    for (let i = 0; i < MAX_CODE_ATTEMPTS; i++) await complete(token, "000000");
    expect(await database.client.signInChallenge.count()).toBe(0);
    // Long after the lock-out, the right code still does not revive the challenge.
    const afterLockout = later(60 * 60_000);
    expect(await complete(token, authenticatorCode(secret, afterLockout), afterLockout)).toEqual({
      ok: false,
      reason: "expired",
    });
  });

  it("at most five codes for one challenge, even sent all at once", async () => {
    const token = await challenge();
    const results = await Promise.all(Array.from({ length: 20 }, () => complete(token, "000000")));
    const tried = results.filter((result) => !result.ok && result.reason !== "expired");
    expect(tried).toHaveLength(MAX_CODE_ATTEMPTS);
    expect(await auditCount("auth.2fa_failed")).toBe(MAX_CODE_ATTEMPTS);
  });

  it("a wrong code without ending the challenge before the fifth", async () => {
    const token = await challenge();
    await complete(token, "000000");
    expect((await database.client.signInChallenge.findFirstOrThrow()).attempts).toBe(1);
    expect((await complete(token, authenticatorCode(secret, now))).ok).toBe(true);
    expect(await database.client.signInThrottle.count()).toBe(0);
  });
});
