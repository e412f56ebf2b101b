import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { readExportDate } from "./dates";

describe("readExportDate", () => {
  // The machine running the import is far from UTC: its zone must make no difference.
  let zone: string | undefined;
  beforeEach(() => {
    zone = process.env.TZ;
    process.env.TZ = "America/New_York";
  });
  afterEach(() => {
    if (zone === undefined) delete process.env.TZ;
    else process.env.TZ = zone;
  });

  it("reads a date and time without an offset as UTC, not in the machine's zone", () => {
    expect(readExportDate("2024-03-01T09:30:00")).toEqual(new Date("2024-03-01T09:30:00Z"));
    expect(readExportDate("2024-03-01T09:30")).toEqual(new Date("2024-03-01T09:30:00Z"));
    expect(readExportDate("2024-03-01T09:30:00.250")).toEqual(new Date("2024-03-01T09:30:00.250Z"));
    expect(readExportDate("2024-03-01 09:30:00")).toEqual(new Date("2024-03-01T09:30:00Z"));
  });

  it("keeps an offset the string gives, and reads milliseconds since 1970", () => {
    expect(readExportDate("2024-03-01T09:30:00+02:00")).toEqual(new Date("2024-03-01T07:30:00Z"));
    expect(readExportDate("2024-03-01T09:30:00.000Z")).toEqual(new Date("2024-03-01T09:30:00Z"));
    expect(readExportDate("Fri, 01 Mar 2024 09:30:00 +0000")).toEqual(new Date("2024-03-01T09:30:00Z"));
    expect(readExportDate(1_709_285_400_000)).toEqual(new Date("2024-03-01T09:30:00Z"));
  });

  it("gives null for none, WordPress's never, and what is not a date", () => {
    for (const value of [null, undefined, "", "  ", "0000-00-00 00:00:00", "Mon, 30 Nov -0001 00:00:00 +0000", "soon"])
      expect(readExportDate(value)).toBeNull();
  });
});
