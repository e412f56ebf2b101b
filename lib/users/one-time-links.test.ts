import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { authenticate } from "@/lib/auth/credentials";
import { hashPassword } from "@/lib/auth/password";
import { MAX_FAILURES } from "@/lib/auth/throttle";
import { startSession } from "@/lib/sessions/store";
import { createTestDatabase, type TestDatabase } from "@/lib/testing/database";
import { linkProblem } from "@/lib/users/link-problems";
import { checkLink, issueLink, openLink, redeemLink } from "@/lib/users/one-time-links";

vi.mock("@/lib/auth/password", async (importOriginal) => {
  const actual = await importOriginal<typeof import("@/lib/auth/password")>();
  return { ...actual, hashPassword: vi.fn(actual.hashPassword) };
});

let database: TestDatabase;
let userId: string;
const NOW = new Date("2026-01-01T12:00:00Z");
const tokenOf = (url: string) => url.split("/").at(-1)!;

beforeEach(async () => {
  database = createTestDatabase();
  userId = (await database.client.user.create({ data: { email: "inv@example.com", name: "Inv", status: "INVITED" } }))
    .id;
});
afterEach(() => database.dispose());

async function invitation(now = NOW) {
  return tokenOf(
    (await database.client.$transaction((tx) => issueLink(tx, "invitation", { userId, createdById: null, now }))).url,
  );
}

describe("one-time links", () => {
  it("accepts an invitation once: sets the password, activates, signs in", async () => {
    const token = await invitation();
    expect(await checkLink("invitation", token, { client: database.client, now: NOW })).toMatchObject({
      state: "valid",
      user: { email: "inv@example.com" },
    });
    const result = await redeemLink(database.client, "invitation", {
      token,
      password: "a brand new password",
      ip: "203.0.113.3",
      now: NOW,
    });
    expect(result.state).toBe("valid");
    expect(await database.client.user.findUniqueOrThrow({ where: { id: userId } })).toMatchObject({ status: "ACTIVE" });
    expect(
      await authenticate(database.client, {
        email: "inv@example.com",
        password: "a brand new password",
        address: "203.0.113.3",
      }),
    ).toMatchObject({ ok: true });
    expect(await database.client.auditEvent.count({ where: { action: "user.invitation_accept" } })).toBe(1);
  });

  it("refuses a replayed link, changing nothing", async () => {
    const token = await invitation();
    await redeemLink(database.client, "invitation", { token, password: "the first password", ip: "", now: NOW });
    const before = await database.client.user.findUniqueOrThrow({ where: { id: userId } });
    expect(
      await redeemLink(database.client, "invitation", { token, password: "a second password", ip: "", now: NOW }),
    ).toEqual({ state: "used" });
    expect(await database.client.user.findUniqueOrThrow({ where: { id: userId } })).toEqual(before);
  });

  it("refuses an expired, an unknown and a wrong-kind link", async () => {
    const token = await invitation();
    const eightDaysLater = new Date(NOW.getTime() + 8 * 24 * 60 * 60_000);
    expect(await checkLink("invitation", token, { client: database.client, now: eightDaysLater })).toEqual({
      state: "expired",
    });
    expect(await checkLink("invitation", "made-up-token", { client: database.client, now: NOW })).toEqual({
      state: "unknown",
    });
    expect(await checkLink("reset", token, { client: database.client, now: NOW })).toEqual({ state: "unknown" });
  });

  it("refuses an invitation for an account disabled since", async () => {
    const token = await invitation();
    await database.client.user.update({ where: { id: userId }, data: { status: "DISABLED" } });
    expect(
      await redeemLink(database.client, "invitation", { token, password: "some good password", ip: "", now: NOW }),
    ).toEqual({ state: "inactive" });
  });

  it("resets a password, ending the user's sessions", async () => {
    await database.client.user.update({ where: { id: userId }, data: { status: "ACTIVE", passwordHash: "old" } });
    await startSession(database.client, { userId, userAgent: "", ip: "" });
    const { url } = await database.client.$transaction((tx) =>
      issueLink(tx, "reset", { userId, createdById: null, now: NOW }),
    );
    const result = await redeemLink(database.client, "reset", {
      token: tokenOf(url),
      password: "the new password!",
      ip: "",
      now: NOW,
    });
    expect(result.state).toBe("valid");
    expect(await database.client.staffSession.count({ where: { userId } })).toBe(0);
  });

  it("checks the link before hashing the new password", async () => {
    const token = await invitation();
    await redeemLink(database.client, "invitation", { token, password: "the first password", ip: "", now: NOW });
    vi.mocked(hashPassword).mockClear();
    const redeem = (attempt: string) =>
      redeemLink(database.client, "invitation", { token: attempt, password: "a second password", ip: "", now: NOW });
    expect(await redeem("made-up-token")).toEqual({ state: "unknown" });
    expect(await redeem(token)).toEqual({ state: "used" });
    expect(hashPassword).not.toHaveBeenCalled();
  });
});

describe("one-time links from one address", () => {
  const ADDRESS = "198.51.100.23";
  const redeemFrom = (token: string, ip = ADDRESS) =>
    redeemLink(database.client, "invitation", { token, password: "a brand new password", ip, now: NOW });

  it("are limited after ten unknown tokens, even a good one, while other addresses go on", async () => {
    const token = await invitation();
    for (let i = 1; i < MAX_FAILURES.linkAddress; i++) {
      expect(await openLink("invitation", `guess-${i}`, { ip: ADDRESS, client: database.client, now: NOW })).toEqual({
        state: "unknown",
      });
    }
    expect(await redeemFrom("one-guess-too-many")).toEqual({ state: "unknown" });
    vi.mocked(hashPassword).mockClear();
    const limited = await redeemFrom(token);
    expect(limited).toEqual({ state: "limited", retryAfterMs: 5 * 60_000 });
    if (limited.state === "limited") {
      expect(linkProblem("invitation", limited)).toBe(
        "Too many links that are not valid were tried from your network. Try again in 5 minutes.",
      );
    }
    expect(hashPassword).not.toHaveBeenCalled();
    expect(await redeemFrom(token, "198.51.100.24")).toMatchObject({ state: "valid" });
  });

  it("do not count links that were real, only unknown ones", async () => {
    const token = await invitation();
    await redeemFrom(token);
    for (let i = 0; i < MAX_FAILURES.linkAddress + 1; i++) expect(await redeemFrom(token)).toEqual({ state: "used" });
  });
});
