/**
 * `npm run serve:cached`: the built site behind Varnish, as a newsroom runs
 * it (see "Varnish" in README.md). Varnish listens on PORT (default 3000)
 * with deploy/varnish/byline.vcl; two `next start`s listen on loopback only:
 * readers' pages on NEXT_PORT (default PORT + 1), the staff on NEWSROOM_PORT
 * (default PORT + 2), each telling the other of every expiry
 * (scripts/site-servers.ts) and purging this Varnish (VARNISH_URL). Run
 * `npm run build` first. Ctrl+C or SIGTERM stops all three; if one dies, so
 * do the others, and the command exits 1.
 */
import "dotenv/config";
import { existsSync } from "node:fs";
import path from "node:path";
import { z } from "zod";
import { fail } from "./cli";
import { stopProcessGroup, waitForUrl } from "./servers";
import { startSiteServers } from "./site-servers";
import { findVarnishProgram, type RunningVarnish, startVarnish, VarnishMissingError } from "./varnish";

const port = z.coerce.number().int().min(1).max(65_535);
const settingsSchema = z.object({
  PORT: port.default(3000),
  NEXT_PORT: port.optional(),
  NEWSROOM_PORT: port.optional(),
  NEXT_DIST_DIR: z.string().min(1).default(".next"),
  /** varnishd's -s: where and how much it keeps. */
  VARNISH_STORAGE: z.string().min(1).default("malloc,256m"),
});
const parsed = settingsSchema.safeParse(process.env);
if (!parsed.success) {
  fail(
    `Invalid settings:\n${parsed.error.issues.map((issue) => `  ${issue.path.join(".")}: ${issue.message}`).join("\n")}`,
  );
}
const settings = parsed.data;
const nextPort = settings.NEXT_PORT ?? settings.PORT + 1;
const newsroomPort = settings.NEWSROOM_PORT ?? settings.PORT + 2;
if (nextPort === settings.PORT) fail("NEXT_PORT must differ from PORT: Varnish listens on PORT.");
if (newsroomPort === settings.PORT || newsroomPort === nextPort) {
  fail("NEWSROOM_PORT must differ from PORT and NEXT_PORT: the newsroom's server has a port of its own.");
}

if (!existsSync(path.join(settings.NEXT_DIST_DIR, "BUILD_ID"))) {
  fail(`No production build in ${settings.NEXT_DIST_DIR}/. Run \`npm run build\` first.`);
}
if (!findVarnishProgram("varnishd") || !findVarnishProgram("varnishadm")) fail(new VarnishMissingError().message);

// Varnish first: if it cannot start (a taken port), there is nothing else to stop.
let varnish: RunningVarnish;
try {
  varnish = await startVarnish({
    listen: `:${settings.PORT}`,
    backend: { host: "127.0.0.1", port: nextPort },
    newsroom: { host: "127.0.0.1", port: newsroomPort },
    storage: settings.VARNISH_STORAGE,
    log: (line) => console.log(`[varnishd] ${line}`),
  });
} catch (error) {
  fail(`Varnish did not start: ${error instanceof Error ? error.message : String(error)}`);
}

const siteUrl = `http://localhost:${settings.PORT}`;
const servers = startSiteServers({
  readerPort: nextPort,
  newsroomPort,
  env: {
    ...process.env,
    SITE_URL: process.env.SITE_URL ?? siteUrl,
    // Always this Varnish: a VARNISH_URL from .env would send the purges elsewhere.
    VARNISH_URL: `http://127.0.0.1:${settings.PORT}/`,
    // Every request comes from this Varnish on loopback, which appends the reader's address to X-Forwarded-For.
    TRUST_PROXY: process.env.TRUST_PROXY ?? "true",
  },
});

let stopping = false;
async function stopAll(code: number): Promise<never> {
  stopping = true;
  await Promise.all([varnish.stop(), stopProcessGroup(servers.reader), stopProcessGroup(servers.newsroom)]);
  process.exit(code);
}
function died(what: string) {
  return (code: number | null, signal: NodeJS.Signals | null) => {
    if (stopping) return;
    console.error(`\n${what} stopped (${signal ?? `exit code ${code}`}); stopping the rest.`);
    void stopAll(1);
  };
}
servers.reader.on("exit", died("The readers' next start"));
servers.newsroom.on("exit", died("The newsroom's next start"));
varnish.process.on("exit", died("varnishd"));
for (const signal of ["SIGINT", "SIGTERM"] as const) {
  process.on(signal, () => {
    if (!stopping) void stopAll(0);
  });
}

try {
  await Promise.all([
    waitForUrl(`http://127.0.0.1:${nextPort}/api/health`, { process: servers.reader, timeoutMs: 120_000 }),
    waitForUrl(`http://127.0.0.1:${newsroomPort}/api/health`, { process: servers.newsroom, timeoutMs: 120_000 }),
  ]);
  // Through Varnish, once its probes have seen both: /api/health goes to the newsroom's server, robots.txt
  // (rendered on every request) to the readers'.
  for (const address of ["/api/health", "/robots.txt"]) {
    await waitForUrl(`http://127.0.0.1:${settings.PORT}${address}`, { process: servers.reader, timeoutMs: 30_000 });
  }
} catch (error) {
  // Stopping already (Ctrl+C, or a server died): stopAll ends the process.
  if (stopping) await new Promise(() => {});
  console.error(error instanceof Error ? error.message : String(error));
  await stopAll(1);
}
console.log(
  `\nByline is running at ${siteUrl}  (press Ctrl+C to stop)\n` +
    `  Varnish on port ${settings.PORT} (varnishadm -n ${varnish.workDir}), ` +
    `in front of next start on 127.0.0.1:${nextPort} (readers) and 127.0.0.1:${newsroomPort} (the newsroom)\n`,
);
