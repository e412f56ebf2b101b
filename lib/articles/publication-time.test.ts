import { describe, expect, it } from "vitest";
import { instantToNewsroomTime, newsroomTimeToInstant, wireDateToInstant } from "@/lib/articles/publication-time";

const ZONE = "Europe/Moscow";

describe("newsroom times", () => {
  it("reads a datetime-local value as a wall-clock time in the newsroom's zone", () => {
    expect(newsroomTimeToInstant("2018-07-28T13:00", ZONE)?.toISOString()).toBe("2018-07-28T10:00:00.000Z");
    expect(newsroomTimeToInstant("2018-07-28T13:00:30", ZONE)?.toISOString()).toBe("2018-07-28T10:00:30.000Z");
  });

  it.each(["", "yesterday", "2018-02-30T10:00", "2018-13-01T10:00", "2018-07-28T24:00", "2018-07-28 10:00"])(
    "refuses %j",
    (value) => {
      expect(newsroomTimeToInstant(value, ZONE)).toBeNull();
    },
  );

  it("writes an instant back in the same form, with seconds only when there are some", () => {
    expect(instantToNewsroomTime(new Date("2018-07-28T10:00:00Z"), ZONE)).toBe("2018-07-28T13:00");
    expect(instantToNewsroomTime(new Date("2018-07-28T10:00:05Z"), ZONE)).toBe("2018-07-28T13:00:05");
    expect(instantToNewsroomTime(null, ZONE)).toBe("");
  });

  it("places a wire date at the start of that day in the newsroom's zone", () => {
    expect(wireDateToInstant("2018-07-28", ZONE)?.toISOString()).toBe("2018-07-27T21:00:00.000Z");
    expect(wireDateToInstant(null, ZONE)).toBeNull();
  });
});
