import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { linkThrottleKeys, lockoutRemaining, recordFailure, throttleKeys } from "@/lib/auth/throttle-store";
import { createTestDatabase, type TestDatabase } from "@/lib/testing/database";

const HOUR = 60 * 60_000;
const now = new Date("2026-01-10T12:00:00Z");
const ago = (hours: number) => new Date(now.getTime() - hours * HOUR);

let database: TestDatabase;
beforeEach(() => {
  database = createTestDatabase();
});
afterEach(() => database.dispose());

const row = (key: string, windowStartsAt: Date, lockedUntil: Date | null = null) =>
  database.client.signInThrottle.create({ data: { key, failures: 1, windowStartsAt, lockedUntil, lockouts: 1 } });

describe("recordFailure", () => {
  it("prunes rows older than a day, keeping those that still count", async () => {
    await row("ip:192.0.2.1", ago(25));
    await row("ip:192.0.2.2", ago(48), ago(30));
    await row("ip:192.0.2.3", ago(23));
    await row("ip:192.0.2.4", ago(30), ago(20));
    await recordFailure(database.client, throttleKeys("ann@example.com", "198.51.100.1"), now);
    const keys = await database.client.signInThrottle.findMany({ select: { key: true }, orderBy: { key: "asc" } });
    expect(keys.map(({ key }) => key)).toEqual([
      "email:ann@example.com",
      "ip:192.0.2.3",
      "ip:192.0.2.4",
      "ip:198.51.100.1",
    ]);
  });

  it("keeps one-time link failures apart from sign-in failures from the same address", async () => {
    for (let i = 0; i < 10; i++) await recordFailure(database.client, linkThrottleKeys("198.51.100.1"), now);
    expect(await lockoutRemaining(database.client, linkThrottleKeys("198.51.100.1"), now)).toBeGreaterThan(0);
    expect(await lockoutRemaining(database.client, throttleKeys("ann@example.com", "198.51.100.1"), now)).toBe(0);
    expect(linkThrottleKeys("unknown")).toEqual([]);
  });
});
