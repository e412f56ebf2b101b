import { describe, expect, it } from "vitest";
import { isWellFormedPath } from "@/lib/http/well-formed";

describe("isWellFormedPath", () => {
  it.each(["/", "/articles/putin-invites-trump-to-moscow", "/search", "/tags/caf%C3%A9", "/a%20b"])(
    "accepts %s",
    (path) => {
      expect(isWellFormedPath(path)).toBe(true);
    },
  );

  it.each(["/articles/%ZZ", "/tags/%E0%A4%A", "/%", "/a%2"])("refuses %s", (path) => {
    expect(isWellFormedPath(path)).toBe(false);
  });
});
