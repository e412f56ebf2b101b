import { afterEach, describe, expect, it, vi } from "vitest";

afterEach(() => {
  vi.unstubAllEnvs();
});

// lib/env reads the environment once per module instance.
async function isoIn(zone: string, date: Date) {
  vi.resetModules();
  vi.stubEnv("NEWSROOM_TIME_ZONE", zone);
  const { isoWithTimeZone } = await import("@/lib/seo/dates");
  return isoWithTimeZone(date);
}

describe("isoWithTimeZone", () => {
  const instant = new Date("2018-07-28T10:00:00.000Z");

  it("writes the newsroom's offset", async () => {
    expect(await isoIn("Europe/Moscow", instant)).toBe("2018-07-28T13:00:00+03:00");
    expect(await isoIn("America/New_York", instant)).toBe("2018-07-28T06:00:00-04:00");
  });

  it("marks UTC with Z", async () => {
    expect(await isoIn("UTC", instant)).toBe("2018-07-28T10:00:00Z");
  });
});
