import { afterEach, describe, expect, it, vi } from "vitest";
import BylineCacheHandler, {
  cacheClock,
  entityTag,
  pageAsBytes,
  proxyHeaders,
  revalidatedTagEntry,
} from "@/lib/cache/isr-handler.mjs";

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

describe("revalidatedTagEntry", () => {
  it("expires a tag at once, marks it stale with a deadline, or only marks it stale, as Next does", () => {
    expect(revalidatedTagEntry(undefined, undefined, 1_000)).toEqual({ expired: 1_000 });
    expect(revalidatedTagEntry({ expired: 5 }, { expire: 0 }, 1_000)).toEqual({ stale: 1_000, expired: 1_000 });
    expect(revalidatedTagEntry(undefined, { expire: 60 }, 1_000)).toEqual({ stale: 1_000, expired: 61_000 });
    expect(revalidatedTagEntry({ expired: 5 }, {}, 1_000)).toEqual({ stale: 1_000, expired: 5 });
  });
});

describe("BylineCacheHandler", () => {
  afterEach(() => {
    vi.restoreAllMocks();
  });

  const storyPage = (html: string) => ({
    kind: "APP_PAGE",
    html,
    rscData: Buffer.from("rsc"),
    status: 200,
    headers: { "x-next-cache-tags": "_N_T_/articles/[slug]/page,article:clock-jump" },
  });
  const cacheControl = { revalidate: 300, expire: 86_400 };
  const handler = () =>
    new BylineCacheHandler({
      flushToDisk: false,
      maxMemoryCacheSize: 1_000_000,
      revalidatedTags: [],
      serverDistDir: "/nonexistent",
    });

  it("stamps a stored page by the cache's clock and adds the proxy's headers", async () => {
    const cache = handler();
    const before = cacheClock();
    await cache.set("/articles/stamped", storyPage("<p>stamped</p>"), { cacheControl });
    const stored = await cache.get("/articles/stamped", { kind: "APP_PAGE" });
    expect(stored?.lastModified).toBeGreaterThanOrEqual(before);
    expect(stored?.lastModified).toBeLessThanOrEqual(cacheClock());
    expect(stored?.value).toMatchObject({ headers: { xkey: "article:clock-jump" } });
  });

  it("expires a tagged page at once after the wall clock jumped a minute ahead, and keeps the page rendered after", async () => {
    const cache = handler();
    await cache.set("/articles/clock-jump", storyPage("<p>old</p>"), { cacheControl });
    const wallClock = Date.now();
    vi.spyOn(Date, "now").mockImplementation(() => wallClock + 60_000);

    await cache.revalidateTag("article:clock-jump", { expire: 0 });
    expect(await cache.get("/articles/clock-jump", { kind: "APP_PAGE" })).toBeNull();

    await cache.set("/articles/clock-jump", storyPage("<p>new</p>"), { cacheControl });
    const fresh = await cache.get("/articles/clock-jump", { kind: "APP_PAGE" });
    expect(fresh?.value).toMatchObject({ html: Buffer.from("<p>new</p>") });
  });
});
