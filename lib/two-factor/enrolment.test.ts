import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { hashPassword } from "@/lib/auth/password";
import { startSession } from "@/lib/sessions/store";
import { createTestDatabase, type TestDatabase } from "@/lib/testing/database";
import { authenticatorCode, enrolInTwoFactor } from "@/lib/testing/two-factor";
import { completeSignInChallenge, createSignInChallenge } from "@/lib/two-factor/challenge";
import { cancelEnrolment, confirmEnrolment, startEnrolment, turnOffTwoFactor } from "@/lib/two-factor/enrolment";
import { readTwoFactorStatus } from "@/lib/two-factor/queries";
import { hashRecoveryCode } from "@/lib/two-factor/recovery-codes";
import { openSealedSecret } from "@/lib/two-factor/sealed-secret";

const ip = "203.0.113.8";
const PASSWORD = "the password of the account";
const now = new Date("2026-12-03T10:00:15Z");
const later = (ms: number) => new Date(now.getTime() + ms);

let database: TestDatabase;
let userId: string;

beforeEach(async () => {
  vi.stubEnv("AUTH_SECRET", "an-auth-secret-for-the-tests-only");
  database = createTestDatabase();
  userId = (
    await database.client.user.create({
      data: { email: "wanda@example.com", name: "Wanda", status: "ACTIVE", passwordHash: await hashPassword(PASSWORD) },
    })
  ).id;
});
afterEach(async () => {
  vi.unstubAllEnvs();
  await database.dispose();
});

const user = () => database.client.user.findUniqueOrThrow({ where: { id: userId } });
const pendingSecret = async () => openSealedSecret((await user()).totpPendingSecret ?? "", userId) ?? "";
const auditCount = (action: string) => database.client.auditEvent.count({ where: { action } });

describe("setting up two-factor sign-in", () => {
  it("keeps the new secret sealed and pending, and shows it as a QR code and a setup key", async () => {
    expect(await readTwoFactorStatus(userId, database.client)).toEqual({ state: "off" });
    expect(await startEnrolment(database.client, userId)).toEqual({ ok: true });
    const secret = await pendingSecret();
    expect(secret).toMatch(/^[A-Z2-7]{32}$/);
    expect((await user()).totpPendingSecret).not.toContain(secret);
    const status = await readTwoFactorStatus(userId, database.client);
    expect(status).toEqual({ state: "setting-up", setupKey: expect.any(String), qrCode: expect.any(String) });
    if (status.state !== "setting-up") return;
    expect(status.setupKey.replaceAll(" ", "")).toBe(secret);
    expect(status.qrCode).toMatch(/^data:image\/png;base64,/);
  });

  it("turns it on with a code from the app: ten recovery codes, stored hashed, audited", async () => {
    await startEnrolment(database.client, userId);
    const secret = await pendingSecret();
    const result = await confirmEnrolment(database.client, { userId, code: authenticatorCode(secret, now), ip }, now);
    if (!result.ok) throw new Error(result.reason);
    expect(result.recoveryCodes).toHaveLength(10);
    const stored = await database.client.recoveryCode.findMany({ where: { userId } });
    expect(stored.map((row) => row.codeHash).sort()).toEqual(result.recoveryCodes.map(hashRecoveryCode).sort());
    const after = await user();
    expect(after).toMatchObject({ totpPendingSecret: null, twoFactorEnabledAt: now });
    expect(openSealedSecret(after.totpSecret ?? "", userId)).toBe(secret);
    expect(await auditCount("auth.2fa_enrol")).toBe(1);
    expect(await readTwoFactorStatus(userId, database.client)).toEqual({
      state: "on",
      since: now,
      recoveryCodesLeft: 10,
    });
  });

  it("signs out every other session, keeping the one that turned it on", async () => {
    const signIn = () => startSession(database.client, { userId, userAgent: "", ip }, now);
    const [here] = [await signIn(), await signIn()];
    await startEnrolment(database.client, userId);
    const code = authenticatorCode(await pendingSecret(), now);
    expect((await confirmEnrolment(database.client, { userId, code, ip, sessionId: here }, now)).ok).toBe(true);
    expect(await database.client.staffSession.findMany({ select: { id: true } })).toEqual([{ id: here }]);
  });

  it("counts the verifying code as used: it cannot then sign in", async () => {
    await startEnrolment(database.client, userId);
    const code = authenticatorCode(await pendingSecret(), now);
    await confirmEnrolment(database.client, { userId, code, ip }, now);
    const token = await createSignInChallenge(database.client, { userId, ip }, now);
    expect(await completeSignInChallenge(database.client, { token, code, address: ip }, later(10_000))).toEqual({
      ok: false,
      reason: "invalid",
    });
  });

  it("refuses a wrong code and keeps the set-up going", async () => {
    await startEnrolment(database.client, userId);
    const secret = await pendingSecret();
    const wrong = authenticatorCode(secret, later(5 * 60_000));
    expect(await confirmEnrolment(database.client, { userId, code: wrong, ip }, now)).toEqual({
      ok: false,
      reason: "invalid",
    });
    expect((await user()).twoFactorEnabledAt).toBeNull();
    expect(
      (await confirmEnrolment(database.client, { userId, code: authenticatorCode(secret, now), ip }, now)).ok,
    ).toBe(true);
  });

  it("needs a set-up in progress, and a new one replaces the old secret", async () => {
    expect(await confirmEnrolment(database.client, { userId, code: "123456", ip }, now)).toEqual({
      ok: false,
      reason: "not-started",
    });
    await startEnrolment(database.client, userId);
    const first = await pendingSecret();
    await startEnrolment(database.client, userId);
    expect(await pendingSecret()).not.toBe(first);
    await cancelEnrolment(database.client, userId);
    expect(await readTwoFactorStatus(userId, database.client)).toEqual({ state: "off" });
  });

  it("cannot start again while it is on", async () => {
    await enrolInTwoFactor(database.client, userId, now);
    expect(await startEnrolment(database.client, userId)).toEqual({ ok: false, reason: "already-on" });
    expect((await user()).totpPendingSecret).toBeNull();
  });

  it("shows a secret sealed under an earlier AUTH_SECRET as off: the user starts again", async () => {
    await startEnrolment(database.client, userId);
    vi.stubEnv("AUTH_SECRET", "a-rotated-auth-secret");
    expect(await readTwoFactorStatus(userId, database.client)).toEqual({ state: "off" });
    expect(await confirmEnrolment(database.client, { userId, code: "123456", ip }, now)).toEqual({
      ok: false,
      reason: "not-started",
    });
  });
});

describe("turning two-factor sign-in off", () => {
  let secret: string;
  let recoveryCodes: string[];
  beforeEach(async () => {
    ({ secret, recoveryCodes } = await enrolInTwoFactor(database.client, userId, later(-60 * 60_000)));
  });

  const turnOff = (password: string, code: string, at: Date = now) =>
    turnOffTwoFactor(database.client, { userId, password, code, ip }, at);

  it("needs the password and a code, then forgets the secret and the recovery codes", async () => {
    await createSignInChallenge(database.client, { userId, ip }, now);
    expect(await turnOff(PASSWORD, authenticatorCode(secret, now))).toEqual({ ok: true });
    expect(await user()).toMatchObject({
      totpSecret: null,
      totpPendingSecret: null,
      totpLastStep: null,
      twoFactorEnabledAt: null,
    });
    expect(await database.client.recoveryCode.count()).toBe(0);
    expect(await database.client.signInChallenge.count()).toBe(0);
    expect(await auditCount("auth.2fa_disable")).toBe(1);
  });

  it("takes a recovery code, for someone who lost their phone", async () => {
    expect(await turnOff(PASSWORD, recoveryCodes[3] ?? "")).toEqual({ ok: true });
  });

  it("refuses a wrong password or code, counting both toward the lock-out", async () => {
    const code = authenticatorCode(secret, now);
    expect(await turnOff("a wrong guess", code)).toEqual({ ok: false, reason: "wrong-password" });
    expect(await turnOff(PASSWORD, "000000")).toEqual({ ok: false, reason: "wrong-code" });
    expect(await turnOff(PASSWORD, "no-such-recovery-code")).toEqual({ ok: false, reason: "wrong-code" });
    expect(await turnOff("a wrong guess", code)).toEqual({ ok: false, reason: "wrong-password" });
    expect(await turnOff("a wrong guess", code)).toEqual({ ok: false, reason: "locked" });
    expect(await turnOff(PASSWORD, code)).toEqual({ ok: false, reason: "locked" });
    expect(await auditCount("auth.2fa_failed")).toBe(5);
    expect((await user()).twoFactorEnabledAt).not.toBeNull();
  });

  it("refuses a code already used to sign in", async () => {
    const code = authenticatorCode(secret, now);
    const token = await createSignInChallenge(database.client, { userId, ip }, now);
    expect((await completeSignInChallenge(database.client, { token, code, address: ip }, now)).ok).toBe(true);
    expect(await turnOff(PASSWORD, code)).toEqual({ ok: false, reason: "wrong-code" });
  });
});
