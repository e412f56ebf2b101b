import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { authenticate } from "@/lib/auth/credentials";
import { createTestDatabase, type TestDatabase } from "@/lib/testing/database";
import { checkLink, issueLink, redeemLink } from "@/lib/users/one-time-links";

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
    expect(await database.client.user.findUniqueOrThrow({ where: { id: userId } })).toMatchObject({
      sessionVersion: 1,
    });
  });
});
