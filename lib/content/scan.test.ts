import { describe, expect, it } from "vitest";
import { trimEndOf, trimOf, trimStartOf } from "./scan";

describe("trimming by scanning", () => {
  it("trims the given characters, from one end, the other or both", () => {
    expect(trimEndOf("a b \t ", " \t")).toBe("a b");
    expect(trimStartOf("**x**", "*")).toBe("x**");
    expect(trimOf("_*x*_", "*_")).toBe("x");
    expect(trimOf("***", "*")).toBe("");
  });

  it("takes at most `max` from each end", () => {
    expect(trimOf("***x***", "*", 2)).toBe("*x*");
    expect(trimEndOf("x___", "_", 2)).toBe("x_");
  });
});
