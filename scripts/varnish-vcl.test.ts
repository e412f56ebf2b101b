import { createServer, type IncomingHttpHeaders, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type RunningVarnish, startVarnish } from "./varnish";

/*
 * deploy/varnish/byline.vcl in a real varnishd, in front of a stand-in for
 * Next that answers whatever each test tells it to and counts what reaches
 * it. What Next itself sends is checked by the end-to-end journeys
 * (e2e/varnish-*.spec.ts); here each rule of the VCL is taken in turn.
 * Varnish must be installed (`apt-get install varnish varnish-modules`).
 */

/** `hangUp`: close the connection without answering, as an app that has died does. */
type Answer = { status?: number; headers?: Record<string, string>; body?: string; hangUp?: boolean };
type Seen = { method: string; url: string; headers: IncomingHttpHeaders };

const nowSeconds = () => Math.floor(Date.now() / 1000);
/** What Next sends with a reader page: its tags, lifetime and last instant. */
const readerPage = (xkey: string, { sMaxAge = 300, swr = 86_100, expiresIn = 86_400 } = {}) => ({
  "cache-control": `s-maxage=${sMaxAge}, stale-while-revalidate=${swr}`,
  xkey,
  "byline-expires": String(nowSeconds() + expiresIn),
  "x-nextjs-cache": "HIT",
  vary: "rsc, next-router-state-tree, next-router-prefetch, next-router-segment-prefetch, Accept-Encoding",
});

class StandInApp {
  readonly seen: Seen[] = [];
  healthy = true;
  private readonly answers = new Map<string, (request: Seen) => Answer>();
  private server?: Server;
  port = 0;

  /** From now on, `path` answers this (a function sees the request). */
  answer(path: string, answer: Answer | ((request: Seen) => Answer)): void {
    this.answers.set(path, typeof answer === "function" ? answer : () => answer);
  }

  hits(path: string): number {
    return this.seen.filter((request) => request.url === path).length;
  }

  async start(): Promise<void> {
    this.server = createServer((request, response) => {
      const seen = { method: request.method ?? "", url: request.url ?? "", headers: request.headers };
      if (seen.url === "/api/health") {
        response.writeHead(this.healthy ? 200 : 503, { "cache-control": "no-store" }).end();
        return;
      }
      this.seen.push(seen);
      const answer: Answer = this.answers.get(seen.url.split("?")[0]!)?.(seen) ?? {
        headers: readerPage("taxonomy"),
        body: `page ${seen.url}`,
      };
      if (answer.hangUp) {
        request.socket.destroy();
        return;
      }
      response.writeHead(answer.status ?? 200, { "content-type": "text/html", ...answer.headers });
      response.end(answer.body ?? `page ${seen.url}`);
    });
    await new Promise<void>((resolve) => this.server!.listen(0, "127.0.0.1", resolve));
    this.port = (this.server.address() as AddressInfo).port;
  }

  async stop(): Promise<void> {
    this.server?.closeAllConnections();
    await new Promise((resolve) => this.server?.close(resolve));
  }
}

const app = new StandInApp();
let varnish: RunningVarnish;

beforeAll(async () => {
  await app.start();
  varnish = await startVarnish({ listen: "127.0.0.1:0", backend: { host: "127.0.0.1", port: app.port } });
}, 60_000);
afterAll(async () => {
  await varnish?.stop();
  await app.stop();
});

async function get(path: string, headers: Record<string, string> = {}, method = "GET") {
  const response = await fetch(`${varnish.url}${path}`, { method, headers, redirect: "manual" });
  return {
    status: response.status,
    cache: response.headers.get("x-cache"),
    headers: response.headers,
    body: await response.text(),
  };
}

async function purge(headers: Record<string, string>) {
  const response = await fetch(varnish.url, { method: "PURGE", headers });
  return { status: response.status, purged: response.headers.get("xkey-purged"), body: await response.text() };
}

const debug = { "x-byline-debug": "1" };
const seconds = (value: string | null) => Number(value);
const pause = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/**
 * Until every backend's probe (the readers' and the newsroom's, both this app)
 * says `state`: they probe apart, and a request to the one still sick fails.
 */
async function waitForBackend(state: "healthy" | "sick"): Promise<void> {
  for (let attempt = 0; attempt < 60; attempt++) {
    const [, ...backends] = (await varnish.admin("backend.list")).trim().split("\n");
    if (backends.length > 0 && backends.every((line) => line.split(/\s+/).includes(state))) return;
    await pause(250);
  }
  throw new Error(`Varnish did not find the app ${state}.`);
}

describe("deploy/varnish/byline.vcl", { timeout: 30_000 }, () => {
  it("keeps a reader page for its s-maxage, then its stale-while-revalidate as grace", async () => {
    app.answer("/articles/kept", { headers: readerPage("article:kept taxonomy", { sMaxAge: 300, swr: 1_000 }) });
    expect((await get("/articles/kept")).cache).toBe("MISS");
    const hit = await get("/articles/kept", debug);
    expect(hit.cache).toBe("HIT");
    expect(app.hits("/articles/kept")).toBe(1);
    expect(seconds(hit.headers.get("x-cache-ttl"))).toBeGreaterThan(295);
    expect(seconds(hit.headers.get("x-cache-ttl"))).toBeLessThanOrEqual(300);
    expect(seconds(hit.headers.get("x-cache-grace"))).toBe(1_000);
  });

  it("fetches and keeps pages uncompressed, so a hit is handed out as stored, zipped for nobody", async () => {
    app.answer("/articles/plain", { headers: readerPage("article:plain") });
    await get("/articles/plain", { "accept-encoding": "gzip" });
    const asked = app.seen.filter((request) => request.url === "/articles/plain");
    expect(asked.map((request) => request.headers["accept-encoding"])).toEqual([undefined]);
    const hit = await get("/articles/plain", { "accept-encoding": "gzip" });
    expect(hit.cache).toBe("HIT");
    expect(hit.headers.get("content-encoding")).toBeNull();
  });

  it("keeps whatever Next gives a shared lifetime: a renamed story's 308 and a missing story's 404 too", async () => {
    app.answer("/articles/old-slug", {
      status: 308,
      headers: { ...readerPage("articles"), location: "/articles/new-slug" },
    });
    app.answer("/articles/not-yet", { status: 404, headers: readerPage("articles") });
    for (const path of ["/articles/old-slug", "/articles/not-yet"]) {
      await get(path);
      const hit = await get(path, debug);
      expect(hit.cache, path).toBe("HIT");
      expect(seconds(hit.headers.get("x-cache-ttl")), path).toBeGreaterThan(295);
      expect(app.hits(path), path).toBe(1);
    }
    expect((await get("/articles/old-slug")).headers.get("location")).toBe("/articles/new-slug");
  });

  it("ends a copy's life, grace included, at byline-expires", async () => {
    app.answer("/sections/soon", { headers: readerPage("articles", { sMaxAge: 30, swr: 1_000, expiresIn: 100 }) });
    await get("/sections/soon");
    const capped = await get("/sections/soon", debug);
    expect(seconds(capped.headers.get("x-cache-ttl"))).toBeLessThanOrEqual(30);
    // 100 s in all, not 30 + 1,000.
    expect(seconds(capped.headers.get("x-cache-ttl")) + seconds(capped.headers.get("x-cache-grace"))).toBeLessThan(101);
    expect(seconds(capped.headers.get("x-cache-grace"))).toBeGreaterThan(65);

    // A story comes due in two seconds: the copy goes then, with no grace.
    app.answer("/", () => ({ headers: readerPage("articles", { expiresIn: 2 }) }));
    await get("/");
    const due = await get("/", debug);
    expect(due.cache).toBe("HIT");
    expect(seconds(due.headers.get("x-cache-ttl"))).toBeLessThanOrEqual(2);
    expect(seconds(due.headers.get("x-cache-grace"))).toBe(0);
    await pause(2_500);
    expect((await get("/")).cache).toBe("MISS");
    expect(app.hits("/")).toBe(2);
  });

  it("stores nothing whose byline-expires has passed or cannot be read", async () => {
    app.answer("/tags/past", { headers: { ...readerPage("articles"), "byline-expires": String(nowSeconds() - 1) } });
    app.answer("/tags/garbled", { headers: { ...readerPage("articles"), "byline-expires": "tomorrow" } });
    for (const path of ["/tags/past", "/tags/garbled"]) {
      expect((await get(path)).cache).toBe("PASS");
      expect((await get(path)).cache).toBe("PASS");
      expect(app.hits(path)).toBe(2);
    }
  });

  it("purges exactly the pages with the keys given, for good, and says how many went", async () => {
    let version = 1;
    app.answer("/feed.xml", () => ({
      headers: readerPage("lists-of-b taxonomy", { swr: 1_000 }),
      body: `feed v${version}`,
    }));
    app.answer("/articles/b", () => ({
      headers: readerPage("article:b taxonomy", { swr: 1_000 }),
      body: `b v${version}`,
    }));
    app.answer("/articles/c", () => ({ headers: readerPage("article:c taxonomy"), body: `c v${version}` }));
    for (const path of ["/feed.xml", "/articles/b", "/articles/c"]) {
      await get(path);
      expect((await get(path)).cache).toBe("HIT");
    }
    version = 2;

    const purged = await purge({ "xkey-purge": "article:b lists-of-b" });
    expect(purged).toEqual({ status: 200, purged: "2", body: "Purged 2 objects\n" });
    // Gone, not kept for grace: the very next reader gets the new page.
    expect(await get("/feed.xml")).toMatchObject({ cache: "MISS", body: "feed v2" });
    expect(await get("/articles/b")).toMatchObject({ cache: "MISS", body: "b v2" });
    expect(await get("/articles/c")).toMatchObject({ cache: "HIT", body: "c v1" });

    expect(await purge({})).toMatchObject({ status: 400 });
  });

  it("serves a soft-purged copy while one request fetches the new one, and keeps it if that fails or the app is gone", async () => {
    let answer: Answer = { headers: readerPage("article:soft", { swr: 1_000 }), body: "soft v1" };
    app.answer("/articles/soft", () => answer);
    await get("/articles/soft");
    answer = { headers: readerPage("article:soft", { swr: 1_000 }), body: "soft v2" };
    expect(await purge({ "xkey-softpurge": "article:soft" })).toMatchObject({ status: 200, purged: "1" });
    expect(await get("/articles/soft")).toMatchObject({ cache: "HIT", body: "soft v1" });
    await expect.poll(async () => (await get("/articles/soft")).body).toBe("soft v2");

    // The app fails to render it again: readers keep the copy, not the error.
    answer = { status: 500, headers: { "cache-control": "private, no-store" }, body: "error" };
    await purge({ "xkey-softpurge": "article:soft" });
    const before = app.hits("/articles/soft");
    expect(await get("/articles/soft")).toMatchObject({ cache: "HIT", body: "soft v2" });
    await expect.poll(() => app.hits("/articles/soft")).toBe(before + 1);
    expect(await get("/articles/soft")).toMatchObject({ cache: "HIT", body: "soft v2" });

    // Or it is gone before the health check has noticed.
    answer = { hangUp: true };
    const hungUpAt = app.hits("/articles/soft");
    await expect
      .poll(async () => {
        expect(await get("/articles/soft")).toMatchObject({ cache: "HIT", body: "soft v2" });
        return app.hits("/articles/soft");
      })
      .toBeGreaterThan(hungUpAt);
    expect(await get("/articles/soft")).toMatchObject({ cache: "HIT", body: "soft v2" });
  });

  it("hides tags and Next's internals from readers, and shows them to an allowed address that asks", async () => {
    app.answer("/authors/shown", { headers: readerPage("taxonomy articles") });
    const reader = await get("/authors/shown");
    for (const header of ["xkey", "byline-expires", "x-nextjs-cache", "x-varnish", "via", "x-cache-ttl"]) {
      expect(reader.headers.get(header), header).toBeNull();
    }
    expect(reader.headers.get("age")).not.toBeNull();
    const operator = await get("/authors/shown", debug);
    expect(operator.headers.get("xkey")).toBe("taxonomy articles");
    expect(operator.headers.get("byline-expires")).toMatch(/^\d+$/);
  });

  it("never caches staff areas, sign-in, one-time links or the API, whatever they answer", async () => {
    for (const path of [
      "/editor",
      "/editor/articles/abc",
      "/admin/users?role=WRITER",
      "/account",
      "/login?next=%2Feditor",
      "/invite/token",
      "/reset/token",
      "/api/media",
    ]) {
      expect((await get(path)).cache, path).toBe("PASS");
      expect((await get(path)).cache, path).toBe("PASS");
    }
    // Only those areas: a reader address that begins alike is cached.
    await get("/editorial-standards");
    expect((await get("/editorial-standards")).cache).toBe("HIT");
  });

  it("passes signed-in requests with their cookies, and strips every other cookie from reader requests", async () => {
    for (const cookie of [
      "_ga=GA1.2; authjs.session-token=abc",
      "__Secure-authjs.session-token=abc",
      "authjs.session-token.0=abc; authjs.session-token.1=def",
    ]) {
      const before = app.hits("/sections/world");
      expect((await get("/sections/world", { cookie })).cache, cookie).toBe("PASS");
      expect(app.seen.at(-1)?.headers.cookie).toBe(cookie);
      expect(app.hits("/sections/world")).toBe(before + 1);
    }
    const first = await get("/sections/science", { cookie: "_ga=GA1.2; consent=yes; authjs.csrf-token=x" });
    expect(first.cache).toBe("MISS");
    expect(app.seen.at(-1)?.headers.cookie).toBeUndefined();
    expect((await get("/sections/science", { cookie: "_ga=GA1.9" })).cache).toBe("HIT");
  });

  it("tells the app the reader's address last in X-Forwarded-For, after whatever the reader wrote there", async () => {
    await get("/sections/forwarded", { "x-forwarded-for": "203.0.113.9" });
    expect(app.seen.at(-1)?.headers["x-forwarded-for"]).toBe("203.0.113.9, 127.0.0.1");
  });

  it("passes Next's RSC requests, so a reader never gets a flight payload", async () => {
    app.answer("/articles/flight", (request) =>
      request.headers.rsc || request.url.includes("_rsc=")
        ? { headers: { ...readerPage("article:flight"), "content-type": "text/x-component" }, body: "FLIGHT" }
        : { headers: readerPage("article:flight"), body: "<html>page</html>" },
    );
    expect(await get("/articles/flight", { rsc: "1" })).toMatchObject({ cache: "PASS", body: "FLIGHT" });
    expect(await get("/articles/flight?_rsc=x1")).toMatchObject({ cache: "PASS", body: "FLIGHT" });
    expect(await get("/articles/flight", { "next-router-prefetch": "1" })).toMatchObject({ cache: "PASS" });
    expect(await get("/articles/flight")).toMatchObject({ cache: "MISS", body: "<html>page</html>" });
    expect(await get("/articles/flight", { rsc: "1" })).toMatchObject({ cache: "PASS", body: "FLIGHT" });
    expect(await get("/articles/flight")).toMatchObject({ cache: "HIT", body: "<html>page</html>" });
  });

  it("stores no answer that sets a cookie, is private or has no shared lifetime, and passes writes", async () => {
    app.answer("/with-cookie", { headers: { ...readerPage("articles"), "set-cookie": "a=b; Path=/" } });
    app.answer("/private", { headers: { "cache-control": "private, no-cache, no-store, max-age=0, must-revalidate" } });
    app.answer("/no-lifetime", { headers: {} });
    for (const path of ["/with-cookie", "/private", "/no-lifetime"]) {
      expect((await get(path)).cache, path).toBe("PASS");
      expect((await get(path)).cache, path).toBe("PASS");
      expect(app.hits(path), path).toBe(2);
    }
    expect((await get("/articles/kept", {}, "POST")).cache).toBe("PASS");
    expect(app.seen.at(-1)?.method).toBe("POST");
  });

  it("keeps build assets and media for a year", async () => {
    const immutable = { headers: { "cache-control": "public, max-age=31536000, immutable" } };
    app.answer("/_next/static/chunks/app.js", immutable);
    app.answer("/media/photo-480.webp", immutable);
    for (const path of ["/_next/static/chunks/app.js", "/media/photo-480.webp"]) {
      await get(path);
      const hit = await get(path, debug);
      expect(hit.cache).toBe("HIT");
      expect(seconds(hit.headers.get("x-cache-ttl"))).toBeGreaterThan(364 * 86_400);
    }
  });

  // Last: the app is sick for a while.
  it("while the app is sick, serves the copies it holds within their grace, and a short 503 otherwise", async () => {
    app.answer("/articles/graced", { headers: readerPage("article:graced", { swr: 1_000 }), body: "graced" });
    app.answer("/articles/no-grace", { headers: readerPage("article:no-grace", { swr: 0 }), body: "no grace" });
    await get("/articles/graced");
    await get("/articles/no-grace");
    app.healthy = false;
    await waitForBackend("sick");

    expect(await get("/articles/graced")).toMatchObject({ status: 200, cache: "HIT", body: "graced" });
    await purge({ "xkey-softpurge": "article:graced article:no-grace" });
    const stale = await get("/articles/graced", debug);
    expect(stale).toMatchObject({ status: 200, cache: "HIT", body: "graced" });
    expect(seconds(stale.headers.get("x-cache-ttl"))).toBeLessThan(0);
    expect((await get("/articles/no-grace")).status).toBe(503);

    const unknown = await get("/articles/never-seen");
    expect(unknown.status).toBe(503);
    expect(unknown.body).toContain("briefly unavailable");
    expect(unknown.headers.get("retry-after")).toBe("10");

    await purge({ "xkey-purge": "article:graced" });
    expect((await get("/articles/graced")).status).toBe(503);

    app.healthy = true;
    await waitForBackend("healthy");
    expect(await get("/articles/graced")).toMatchObject({ status: 200, cache: "MISS" });
  });
});

describe("the purge ACL", { timeout: 30_000 }, () => {
  let guarded: RunningVarnish;
  beforeAll(async () => {
    guarded = await startVarnish({
      listen: "127.0.0.1:0",
      backend: { host: "127.0.0.1", port: app.port },
      purgers: ["192.0.2.10", "198.51.100.0/24"],
    });
  }, 60_000);
  afterAll(() => guarded?.stop());

  it("refuses PURGE and the debug headers to an address outside it", async () => {
    const refused = await fetch(guarded.url, { method: "PURGE", headers: { "xkey-purge": "taxonomy" } });
    expect(refused.status).toBe(403);
    const page = await fetch(`${guarded.url}/sections/acl`, { headers: debug });
    expect(page.headers.get("xkey")).toBeNull();
    expect(page.headers.get("x-cache-ttl")).toBeNull();
  });
});

describe("the newsroom's own server", { timeout: 30_000 }, () => {
  const readers = new StandInApp();
  const newsroom = new StandInApp();
  let split: RunningVarnish;
  beforeAll(async () => {
    await Promise.all([readers.start(), newsroom.start()]);
    split = await startVarnish({
      listen: "127.0.0.1:0",
      backend: { host: "127.0.0.1", port: readers.port },
      newsroom: { host: "127.0.0.1", port: newsroom.port },
    });
  }, 60_000);
  afterAll(async () => {
    await split?.stop();
    await Promise.all([readers.stop(), newsroom.stop()]);
  });

  const through = (path: string, init: RequestInit = {}) =>
    fetch(`${split.url}${path}`, { redirect: "manual", ...init }).then((response) => response.text());
  const reached = (path: string) => ({ readers: readers.hits(path), newsroom: newsroom.hits(path) });

  it("sends reader pages, the client router's requests for them and build assets to the readers' server", async () => {
    await through("/articles/split-read");
    await through("/articles/split-read");
    expect(reached("/articles/split-read")).toEqual({ readers: 1, newsroom: 0 });
    await through("/sections/split", { headers: { RSC: "1" } });
    expect(reached("/sections/split")).toEqual({ readers: 1, newsroom: 0 });
    await through("/_next/static/chunks/split.js");
    expect(reached("/_next/static/chunks/split.js")).toEqual({ readers: 1, newsroom: 0 });
  });

  it("sends the staff areas, the API, every write and anyone signed in to the newsroom's", async () => {
    for (const path of ["/editor", "/admin/users", "/login", "/api/auth/session", "/api/cache/expire"]) {
      await through(path);
      expect(reached(path), path).toEqual({ readers: 0, newsroom: 1 });
    }
    await through("/editor/articles/a1", { method: "POST", headers: { "Next-Action": "abc" }, body: "[]" });
    expect(reached("/editor/articles/a1")).toEqual({ readers: 0, newsroom: 1 });
    await through("/search", { method: "POST", body: "q=x" });
    expect(reached("/search")).toEqual({ readers: 0, newsroom: 1 });
    await through("/articles/split-signed-in", { headers: { cookie: "authjs.session-token=abc" } });
    expect(reached("/articles/split-signed-in")).toEqual({ readers: 0, newsroom: 1 });
    // The client router of someone signed in: the page as it is now, from the server that made the change.
    await through("/articles/split-signed-in-rsc", { headers: { cookie: "authjs.session-token=abc", RSC: "1" } });
    expect(reached("/articles/split-signed-in-rsc")).toEqual({ readers: 0, newsroom: 1 });
  });
});
