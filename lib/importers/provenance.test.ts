import { describe, expect, it } from "vitest";
import { importSourceOf, siteOf } from "./provenance";

describe("provenance", () => {
  it("names a site by host and path, the same over http and https, with or without a final slash", () => {
    expect(siteOf("https://News.Example.org/blog/")).toBe("news.example.org/blog");
    expect(siteOf("http://news.example.org/blog")).toBe("news.example.org/blog");
    expect(siteOf("https://news.example.org")).toBe("news.example.org");
    expect(siteOf(" news.example.org/ ")).toBe("news.example.org");
  });

  it("joins platform, site and post id", () => {
    expect(importSourceOf("wordpress", "news.example.org", "101")).toBe("wordpress:news.example.org:101");
    expect(importSourceOf("ghost", "", "65f1c0ffee")).toBe("ghost::65f1c0ffee");
  });
});
