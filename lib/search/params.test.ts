import { describe, expect, it } from "vitest";
import { readSearchParams } from "@/lib/search/params";

describe("readSearchParams", () => {
  it("reads the query and page", () => {
    expect(readSearchParams({ q: "  Kremlin invitation  ", page: "2" })).toEqual({
      query: "Kremlin invitation",
      page: 2,
    });
  });

  it("treats a missing query as an empty search on the first page", () => {
    expect(readSearchParams({})).toEqual({ query: "", page: 1 });
    expect(readSearchParams({ q: ["mars", "moon"], page: "x" })).toEqual({ query: "mars", page: 1 });
  });

  it("keeps a query that is too long as typed and says why it was not run", () => {
    const long = "word ".repeat(201);
    const request = readSearchParams({ q: long });
    expect(request.query).toBe(long);
    expect(request.error).toMatch(/at most 1,000 characters/);
  });
});
