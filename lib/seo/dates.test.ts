import { describe, expect, it } from "vitest";
import { isoWithTimeZone } from "@/lib/seo/dates";

describe("isoWithTimeZone", () => {
  const instant = new Date("2018-07-28T10:00:00.000Z");

  it("writes the newsroom's offset", () => {
    expect(isoWithTimeZone(instant, "Europe/Moscow")).toBe("2018-07-28T13:00:00+03:00");
    expect(isoWithTimeZone(instant, "America/New_York")).toBe("2018-07-28T06:00:00-04:00");
  });

  it("marks UTC with Z", () => {
    expect(isoWithTimeZone(instant, "UTC")).toBe("2018-07-28T10:00:00Z");
  });
});
