import { describe, expect, it } from "vitest";
import { parseUrlList, urlLinesSchema } from "@/lib/forms/url-lines";

const links = urlLinesSchema("Links", 3);

describe("urlLinesSchema", () => {
  it("reads one address a line, without blank lines or repeats, giving a bare address https://", () => {
    expect(links.parse("https://a.example/x\n\n  b.example/y  \r\nhttps://a.example/x")).toEqual([
      "https://a.example/x",
      "https://b.example/y",
    ]);
    expect(links.parse("")).toEqual([]);
  });

  it("names the line that is not a web address, and refuses too many", () => {
    for (const bad of ["javascript:alert(1)", "not a link", "mailto:me@example.com"]) {
      const parsed = links.safeParse(`https://ok.example\n${bad}`);
      expect(parsed.error?.issues[0]?.message, bad).toBe(
        `Links, line 2: “${bad}” is not a web address starting with https://.`,
      );
    }
    expect(links.safeParse("a.example\nb.example\nc.example\nd.example").error?.issues[0]?.message).toBe(
      "Links: at most 3 addresses.",
    );
  });
});

describe("parseUrlList", () => {
  it("reads back a stored list, and anything else as none", () => {
    expect(parseUrlList('["https://a.example"]')).toEqual(["https://a.example"]);
    expect(parseUrlList("{")).toEqual([]);
    expect(parseUrlList('{"a":1}')).toEqual([]);
  });
});
