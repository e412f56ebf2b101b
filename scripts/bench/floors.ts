import { createHash } from "node:crypto";
import { mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import http from "node:http";
import path from "node:path";
import type { BenchRoute } from "./routes";

/**
 * The floors of `npm run bench`: the bytes Byline answers for each route,
 * captured from the running build, then served as they are by a minimal Next
 * app (prerendered route handlers), by node:http from memory and by nginx
 * from files. Same bytes, same run: the ratios say what Byline costs on top
 * of serving those bytes, whatever the machine's mood.
 */

export type CapturedRoute = BenchRoute & { file: string; contentType: string; bytes: number; sha256: string };
export type Manifest = { sha256: string; routes: CapturedRoute[] };

export const MANIFEST_FILE = "manifest.json";

export type Fetched = { status: number; contentType: string; body: Buffer };

/**
 * One GET as wrk sends it: no Accept-Encoding (so no compression), no
 * cookies, a fresh connection.
 */
export function fetchPlain(url: string, timeoutMs = 30_000): Promise<Fetched> {
  return new Promise((resolve, reject) => {
    const request = http.get(url, { agent: false, timeout: timeoutMs }, (response) => {
      const chunks: Buffer[] = [];
      response.on("data", (chunk: Buffer) => chunks.push(chunk));
      response.on("end", () =>
        resolve({
          status: response.statusCode ?? 0,
          contentType: String(response.headers["content-type"] ?? ""),
          body: Buffer.concat(chunks),
        }),
      );
      response.on("error", reject);
    });
    request.on("timeout", () => request.destroy(new Error(`No answer from ${url} within ${timeoutMs} ms`)));
    request.on("error", reject);
  });
}

export const sha256 = (bytes: Buffer | string) => createHash("sha256").update(bytes).digest("hex");

/**
 * What `url` answers once its answer has settled: asked until two answers in
 * a row are 200 with the same bytes (the first request may render the page,
 * or find a build placeholder that is about to be replaced).
 */
export async function settledAnswer(url: string, { attempts = 10, pauseMs = 1_100 } = {}): Promise<Fetched> {
  let previous: Fetched | undefined;
  for (let attempt = 0; attempt < attempts; attempt++) {
    const current = await fetchPlain(url);
    if (current.status !== 200) throw new Error(`${url} answered ${current.status}; the bench needs 200.`);
    if (previous?.body.equals(current.body)) return current;
    previous = current;
    await new Promise((resolve) => setTimeout(resolve, pauseMs));
  }
  throw new Error(`${url} answered different bytes ${attempts} times in a row; nothing stable to measure against.`);
}

/** Captures each route's bytes from `origin` into `dir`, with a manifest the floors read. */
export async function captureRoutes(
  origin: string,
  routes: readonly BenchRoute[],
  dir: string,
  settle: { attempts?: number; pauseMs?: number } = {},
): Promise<Manifest> {
  rmSync(dir, { recursive: true, force: true });
  mkdirSync(dir, { recursive: true });
  const captured: CapturedRoute[] = [];
  for (const route of routes) {
    const answer = await settledAnswer(`${origin}${route.path}`, settle);
    writeFileSync(path.join(dir, route.name), answer.body);
    captured.push({
      ...route,
      file: route.name,
      contentType: answer.contentType,
      bytes: answer.body.length,
      sha256: sha256(answer.body),
    });
  }
  const manifest: Manifest = {
    sha256: sha256(JSON.stringify(captured.map(({ name, contentType, sha256 }) => [name, contentType, sha256]))),
    routes: captured,
  };
  writeFileSync(path.join(dir, MANIFEST_FILE), `${JSON.stringify(manifest, null, 2)}\n`);
  return manifest;
}

/**
 * What the Next floor is built from, as one hash: the captured bytes (the
 * manifest's hash) and its own source (`app/`, `next.config.ts`). The bench
 * rebuilds the floor when this changes.
 */
export function floorBuildKey(floorDir: string, manifest: Pick<Manifest, "sha256">): string {
  const sources = ["next.config.ts", ...listFiles(path.join(floorDir, "app")).map((file) => path.join("app", file))];
  return sha256(
    JSON.stringify([
      manifest.sha256,
      ...sources.sort().map((file) => [file, sha256(readFileSync(path.join(floorDir, file)))]),
    ]),
  );
}

function listFiles(dir: string): string[] {
  return readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile())
    .map((entry) => path.relative(dir, path.join(entry.parentPath, entry.name)));
}

/**
 * The floor's two routes rendered on request (bench/floor/app/rendered/),
 * asked for once before anything is measured: a server that has rendered
 * (as Byline's always has) pays for Next's AsyncLocalStorage on every
 * request after, on Node 20 (README, "Performance").
 */
export const FLOOR_RENDERED_PATHS = ["/rendered/page", "/rendered/route"] as const;

export function readManifest(dir: string): Manifest {
  return JSON.parse(readFileSync(path.join(dir, MANIFEST_FILE), "utf8")) as Manifest;
}

/** A content type nginx can take in double quotes as it is: `type/subtype` and `; name=value` parameters. */
const PLAIN_CONTENT_TYPE = /^[\w.+-]+\/[\w.+-]+(; [\w.+-]+=[\w.+-]+)*$/;
const PLAIN_NAME = /^[\w.-]+$/;

/**
 * nginx's configuration for serving the captured files: Debian's defaults
 * (worker_processes auto, sendfile, tcp_nopush, keep-alive) with everything it
 * writes kept under `prefix`, and each route at `/<name>` with the content type
 * Byline sent.
 */
export function nginxConfig(options: {
  prefix: string;
  root: string;
  port: number;
  routes: readonly Pick<CapturedRoute, "name" | "file" | "contentType">[];
}): string {
  const { prefix, root, port, routes } = options;
  const locations = routes.map(({ name, file, contentType }) => {
    const type = contentType.replace(/;\s*/g, "; ");
    if (!PLAIN_CONTENT_TYPE.test(type) || !PLAIN_NAME.test(name) || !PLAIN_NAME.test(file)) {
      throw new Error(`Cannot write an nginx location for ${name} (${contentType}).`);
    }
    return `    location = /${name} { default_type "${type}"; try_files /${file} =404; }`;
  });
  return `# Written by npm run bench for one run; removed when it ends.
worker_processes auto;
pid ${prefix}/nginx.pid;
error_log ${prefix}/error.log warn;
events { worker_connections 768; }
http {
  access_log off;
  sendfile on;
  tcp_nopush on;
  keepalive_timeout 65;
  types {}
  client_body_temp_path ${prefix}/client_body;
  proxy_temp_path ${prefix}/proxy;
  fastcgi_temp_path ${prefix}/fastcgi;
  uwsgi_temp_path ${prefix}/uwsgi;
  scgi_temp_path ${prefix}/scgi;
  server {
    listen 127.0.0.1:${port};
    root ${root};
${locations.join("\n")}
  }
}
`;
}
