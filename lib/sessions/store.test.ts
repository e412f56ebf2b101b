import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { createPrismaClient } from "@/lib/db";
import {
  endSession,
  endUserSessions,
  findLiveSession,
  listActiveSessions,
  pruneEndedSessions,
  sessionLimits,
  startSession,
} from "@/lib/sessions/store";
import { createTestDatabase, runsOnPostgres, type TestDatabase } from "@/lib/testing/database";
import { makeReadOnly } from "@/lib/testing/read-only-file";

const FIREFOX = "Mozilla/5.0 (X11; Linux x86_64; rv:133.0) Gecko/20100101 Firefox/133.0";
const start = new Date("2026-12-03T08:00:00Z");
const later = (ms: number) => new Date(start.getTime() + ms);
const MINUTE = 60_000;

let database: TestDatabase;
let userId: string;
beforeEach(async () => {
  database = createTestDatabase();
  userId = (await database.client.user.create({ data: { email: "s@example.com", name: "S", status: "ACTIVE" } })).id;
});
afterEach(() => database.dispose());

const signIn = (now = start, userAgent = FIREFOX) =>
  startSession(database.client, { userId, userAgent, ip: "203.0.113.9" }, now);

describe("staff sessions", () => {
  it("records the browser, address and times of a sign-in, under an unguessable id", async () => {
    const id = await signIn();
    expect(id).toMatch(/^[A-Za-z0-9_-]{43}$/);
    expect(await database.client.staffSession.findUniqueOrThrow({ where: { id } })).toMatchObject({
      device: "Firefox on Linux",
      ip: "203.0.113.9",
      createdAt: start,
      lastSeenAt: start,
      expiresAt: later(sessionLimits().maxAgeMs),
    });
  });

  it("counts a session until its absolute lifetime ends, however busy it is", async () => {
    const id = await signIn();
    const { maxAgeMs, idleMs } = sessionLimits();
    // Seen often enough never to idle out.
    for (let at = idleMs / 2; at < maxAgeMs; at += idleMs / 2) {
      expect(await findLiveSession(database.client, id, later(at))).toMatchObject({ id, user: { id: userId } });
    }
    expect(await findLiveSession(database.client, id, later(maxAgeMs))).toBeNull();
    expect(await database.client.staffSession.count()).toBe(0);
  });

  it("ends a session left alone for the idle timeout, and marks use at most once a minute", async () => {
    const id = await signIn();
    const { idleMs } = sessionLimits();
    await findLiveSession(database.client, id, later(30_000));
    expect((await database.client.staffSession.findUniqueOrThrow({ where: { id } })).lastSeenAt).toEqual(start);
    await findLiveSession(database.client, id, later(10 * MINUTE));
    expect((await database.client.staffSession.findUniqueOrThrow({ where: { id } })).lastSeenAt).toEqual(
      later(10 * MINUTE),
    );
    expect(await findLiveSession(database.client, id, later(10 * MINUTE + idleMs - 1))).not.toBeNull();
    expect(await findLiveSession(database.client, id, later(10 * MINUTE + 2 * idleMs))).toBeNull();
  });

  it.skipIf(runsOnPostgres)(
    "still counts, and still ends, sessions on a SQLite file that cannot be written",
    async (context) => {
      const live = await signIn();
      const { idleMs } = sessionLimits();
      const idle = await signIn(later(-idleMs));
      await database.client.$disconnect();
      const undo = makeReadOnly(database.file);
      if (!undo) context.skip("this process can write to a file whatever its mode");
      const log = vi.spyOn(console, "error").mockImplementation(() => {});
      const readOnly = createPrismaClient(`file:${database.file}`);
      try {
        // Due to be marked as seen, which cannot be written: the session counts all the same.
        expect(await findLiveSession(readOnly, live, later(10 * MINUTE))).toMatchObject({ id: live });
        expect(await findLiveSession(readOnly, idle, later(10 * MINUTE))).toBeNull();
        expect(log.mock.calls.map(([line]) => line)).toEqual([
          "[storage] Marking a session as seen failed: SQLITE_READONLY: attempt to write a readonly database",
          "[storage] Deleting an ended session failed: SQLITE_READONLY: attempt to write a readonly database",
        ]);
      } finally {
        log.mockRestore();
        await readOnly.$disconnect();
        undo?.();
      }
    },
  );

  it("does not count the session of a disabled user, nor an unknown id", async () => {
    const id = await signIn();
    await database.client.user.update({ where: { id: userId }, data: { status: "DISABLED" } });
    expect(await findLiveSession(database.client, id, start)).toBeNull();
    expect(await findLiveSession(database.client, "made-up", start)).toBeNull();
  });

  it("says whether the user signs in with a second factor", async () => {
    const id = await signIn();
    expect((await findLiveSession(database.client, id, start))?.user.twoFactorEnabled).toBe(false);
    await database.client.user.update({ where: { id: userId }, data: { twoFactorEnabledAt: start } });
    expect((await findLiveSession(database.client, id, start))?.user.twoFactorEnabled).toBe(true);
  });

  it("lists the sessions that count, most recently used first", async () => {
    const older = await signIn(start);
    const newer = await signIn(later(5 * MINUTE), "");
    await signIn(later(-sessionLimits().maxAgeMs)); // long over
    expect(await listActiveSessions(database.client, userId, later(6 * MINUTE))).toEqual([
      expect.objectContaining({ id: newer, device: "Unknown browser" }),
      expect.objectContaining({ id: older, device: "Firefox on Linux" }),
    ]);
  });

  it("ends one session, only the owner's, and all but one", async () => {
    const [a, b, c] = [await signIn(), await signIn(), await signIn()];
    expect(await endSession(database.client, { userId: "someone-else", id: a })).toBe(false);
    expect(await endSession(database.client, { userId, id: a })).toBe(true);
    expect(await endSession(database.client, { userId, id: a })).toBe(false);
    expect(await endUserSessions(database.client, userId, { except: c })).toBe(1);
    expect(await database.client.staffSession.findMany({ select: { id: true } })).toEqual([{ id: c }]);
    expect(b).not.toBe(c);
    expect(await endUserSessions(database.client, userId)).toBe(1);
  });

  it("ends a sign-in still waiting for its code with the sessions", async () => {
    const here = await signIn();
    await database.client.signInChallenge.create({
      data: { userId, tokenHash: "a-hash", expiresAt: later(5 * MINUTE) },
    });
    await endUserSessions(database.client, userId, { except: here });
    expect(await database.client.signInChallenge.count()).toBe(0);
  });

  it("prunes sessions past their idle timeout or lifetime, at every sign-in", async () => {
    const { maxAgeMs, idleMs } = sessionLimits();
    const idle = await signIn(start);
    const busy = await signIn(later(idleMs / 2));
    // The next sign-in, just after the first session idled out, clears it away.
    const next = await signIn(later(idleMs + MINUTE));
    const ids = async () =>
      (await database.client.staffSession.findMany({ select: { id: true } })).map((row) => row.id);
    expect((await ids()).sort()).toEqual([busy, next].sort());
    expect(idle).not.toBe(busy);
    for (let at = idleMs; at < maxAgeMs; at += idleMs / 2) await findLiveSession(database.client, busy, later(at));
    expect(await pruneEndedSessions(database.client, later(idleMs / 2 + maxAgeMs))).toBe(2);
    expect(await ids()).toEqual([]);
  });
});
