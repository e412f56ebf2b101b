import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import os from "node:os";
import path from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import { captureRoutes, floorBuildKey, nginxConfig, readManifest, sha256 } from "./floors";

let server: Server | undefined;
let dir: string | undefined;

afterEach(() => {
  server?.close();
  if (dir) rmSync(dir, { recursive: true, force: true });
});

/** A stand-in for Byline whose home page is a build placeholder on the first request. */
async function fakeSite(): Promise<{ origin: string; headers: string[] }> {
  const headers: string[] = [];
  let homeRequests = 0;
  server = createServer((request, response) => {
    headers.push(request.headers["accept-encoding"] ?? "none");
    if (request.url === "/") {
      homeRequests++;
      response.writeHead(200, { "content-type": "text/html; charset=utf-8" });
      response.end(homeRequests === 1 ? "<p>placeholder</p>" : "<p>the news</p>");
    } else if (request.url === "/feed.xml") {
      response.writeHead(200, { "content-type": "application/rss+xml; charset=utf-8" });
      response.end("<rss/>");
    } else {
      response.writeHead(404).end();
    }
  });
  await new Promise<void>((resolve) => server?.listen(0, "127.0.0.1", resolve));
  return { origin: `http://127.0.0.1:${(server.address() as AddressInfo).port}`, headers };
}

describe("captureRoutes", () => {
  it("keeps the settled bytes and content type of each route, asked for as wrk asks (no compression)", async () => {
    const site = await fakeSite();
    dir = mkdtempSync(path.join(os.tmpdir(), "byline-capture-"));
    const routes = [
      { name: "home", path: "/", cached: true },
      { name: "feed", path: "/feed.xml", cached: true },
    ];
    const manifest = await captureRoutes(site.origin, routes, dir, { pauseMs: 1 });

    expect(readFileSync(path.join(dir, "home"), "utf8")).toBe("<p>the news</p>");
    expect(readManifest(dir)).toEqual(manifest);
    expect(
      manifest.routes.map(({ name, contentType, bytes, sha256: hash }) => [name, contentType, bytes, hash]),
    ).toEqual([
      ["home", "text/html; charset=utf-8", 15, sha256("<p>the news</p>")],
      ["feed", "application/rss+xml; charset=utf-8", 6, sha256("<rss/>")],
    ]);
    expect(new Set(site.headers)).toEqual(new Set(["none"]));
  });

  it("refuses a route that does not answer 200", async () => {
    const site = await fakeSite();
    dir = mkdtempSync(path.join(os.tmpdir(), "byline-capture-"));
    await expect(
      captureRoutes(site.origin, [{ name: "gone", path: "/gone", cached: true }], dir, { pauseMs: 1 }),
    ).rejects.toThrow(/answered 404/);
  });
});

describe("floorBuildKey", () => {
  function floorApp(): string {
    const root = mkdtempSync(path.join(os.tmpdir(), "floor-app-"));
    dir = root;
    mkdirSync(path.join(root, "app", "rendered", "page"), { recursive: true });
    mkdirSync(path.join(root, "captured"));
    writeFileSync(path.join(root, "next.config.ts"), "export default {};");
    writeFileSync(path.join(root, "app", "rendered", "page", "page.tsx"), "export default () => null;");
    writeFileSync(path.join(root, "captured", "story"), "<p>a story</p>");
    return root;
  }

  it("changes with the captured bytes and with any file of the floor's source, not with the captured files themselves", () => {
    const root = floorApp();
    const first = floorBuildKey(root, { sha256: "bytes-1" });
    expect(floorBuildKey(root, { sha256: "bytes-1" })).toBe(first);
    expect(floorBuildKey(root, { sha256: "bytes-2" })).not.toBe(first);

    writeFileSync(path.join(root, "captured", "story"), "<p>another story</p>");
    expect(floorBuildKey(root, { sha256: "bytes-1" })).toBe(first);

    writeFileSync(path.join(root, "app", "rendered", "page", "page.tsx"), "export default () => 'changed';");
    const edited = floorBuildKey(root, { sha256: "bytes-1" });
    expect(edited).not.toBe(first);

    writeFileSync(path.join(root, "app", "layout.tsx"), "export default () => null;");
    expect(floorBuildKey(root, { sha256: "bytes-1" })).not.toBe(edited);
  });
});

describe("nginxConfig", () => {
  const routes = [
    { name: "story", file: "story", contentType: "text/html; charset=utf-8" },
    { name: "feed", file: "feed", contentType: "application/rss+xml;charset=utf-8" },
  ];

  it("serves each route at /<name> from the captured file with Byline's content type, writing only under its prefix", () => {
    const config = nginxConfig({ prefix: "/tmp/bench/nginx", root: "/work/captured", port: 3605, routes });
    expect(config).toContain("listen 127.0.0.1:3605;");
    expect(config).toContain("root /work/captured;");
    expect(config).toContain('location = /story { default_type "text/html; charset=utf-8"; try_files /story =404; }');
    expect(config).toContain(
      'location = /feed { default_type "application/rss+xml; charset=utf-8"; try_files /feed =404; }',
    );
    const paths = config.match(/ \/\S+;$/gm) ?? [];
    expect(
      paths.filter((each) => !each.startsWith(" /tmp/bench/nginx/") && !each.startsWith(" /work/captured")),
    ).toEqual([]);
  });

  it("refuses a content type that could break out of its quotes", () => {
    expect(() =>
      nginxConfig({
        prefix: "/tmp/x",
        root: "/tmp/y",
        port: 1,
        routes: [{ name: "x", file: "x", contentType: 'text/html"; return 302 http://elsewhere; "' }],
      }),
    ).toThrow(/Cannot write an nginx location/);
  });
});
