import { describe, expect, it } from "vitest";
import { entityTag, pageAsBytes, proxyHeaders } from "@/lib/cache/isr-handler.mjs";

describe("proxyHeaders", () => {
  const now = Date.parse("2026-03-01T12:00:00.400Z");

  it("names the page's own tags for Varnish, leaving out the ones Next derives from paths", () => {
    const headers = proxyHeaders("_N_T_/layout,_N_T_/articles/a,taxonomy,article:a1,article:a2", 300, now);
    expect(headers.xkey).toBe("taxonomy article:a1 article:a2");
  });

  it("says when the last copy may be served, in Unix seconds", () => {
    expect(proxyHeaders("articles", 86_400, now)["byline-expires"]).toBe(String(1772366400 + 86_400));
  });

  it("adds nothing it does not know", () => {
    expect(proxyHeaders(undefined, undefined, now)).toEqual({});
  });
});

describe("entityTag", () => {
  it("gives the same bytes the same tag and other bytes another, for pages (text) and feeds (bytes)", () => {
    const page = entityTag("<html>one</html>").etag;
    expect(page).toMatch(/^"[\w-]{27}"$/);
    expect(entityTag(Buffer.from("<html>one</html>")).etag).toBe(page);
    expect(entityTag("<html>two</html>").etag).not.toBe(page);
    expect(entityTag(undefined)).toEqual({});
  });
});

describe("pageAsBytes", () => {
  it("stores a page's HTML as its UTF-8 bytes, whatever its characters, and leaves everything else as it is", () => {
    const page = { kind: "APP_PAGE", html: "<p>Moscow — “talks” → next</p>", headers: { etag: '"x"' } };
    const stored = pageAsBytes(page);
    expect(Buffer.isBuffer(stored.html)).toBe(true);
    expect(stored.html).toEqual(Buffer.from(page.html, "utf8"));
    expect(stored.headers).toBe(page.headers);
    expect(page.html).toBe("<p>Moscow — “talks” → next</p>");

    const feed = { kind: "APP_ROUTE", body: Buffer.from("<rss/>") };
    expect(pageAsBytes(feed)).toBe(feed);
    expect(pageAsBytes(null)).toBeNull();
  });
});
