/**
 * `npm run serve:cached`: the built site behind Varnish, as a newsroom runs
 * it (see "Varnish" in README.md). Varnish listens on PORT (default 3000)
 * with deploy/varnish/byline.vcl; `next start` listens on NEXT_PORT (default
 * PORT + 1) on loopback only, so readers reach it through Varnish, and it
 * purges this Varnish on every change (VARNISH_URL). Run `npm run build`
 * first. Ctrl+C or SIGTERM stops both; if either dies, so does the other, and
 * the command exits 1.
 */
import "dotenv/config";
import { existsSync } from "node:fs";
import path from "node:path";
import { z } from "zod";
import { fail } from "./cli";
import { startNextServer, stopProcessGroup, waitForUrl } from "./servers";
import { findVarnishProgram, type RunningVarnish, startVarnish, VarnishMissingError } from "./varnish";

const port = z.coerce.number().int().min(1).max(65_535);
const settingsSchema = z.object({
  PORT: port.default(3000),
  NEXT_PORT: port.optional(),
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
if (nextPort === settings.PORT) fail("NEXT_PORT must differ from PORT: Varnish listens on PORT.");

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
    storage: settings.VARNISH_STORAGE,
    log: (line) => console.log(`[varnishd] ${line}`),
  });
} catch (error) {
  fail(`Varnish did not start: ${error instanceof Error ? error.message : String(error)}`);
}

const siteUrl = `http://localhost:${settings.PORT}`;
const next = startNextServer({
  port: nextPort,
  host: "127.0.0.1",
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
  await Promise.all([varnish.stop(), stopProcessGroup(next)]);
  process.exit(code);
}
function died(what: string) {
  return (code: number | null, signal: NodeJS.Signals | null) => {
    if (stopping) return;
    console.error(`\n${what} stopped (${signal ?? `exit code ${code}`}); stopping the rest.`);
    void stopAll(1);
  };
}
next.on("exit", died("next start"));
varnish.process.on("exit", died("varnishd"));
for (const signal of ["SIGINT", "SIGTERM"] as const) {
  process.on(signal, () => {
    if (!stopping) void stopAll(0);
  });
}

try {
  await waitForUrl(`http://127.0.0.1:${settings.PORT}/api/health`, { process: next, timeoutMs: 120_000 });
} catch (error) {
  // Stopping already (Ctrl+C, or a server died): stopAll ends the process.
  if (stopping) await new Promise(() => {});
  console.error(error instanceof Error ? error.message : String(error));
  await stopAll(1);
}
console.log(
  `\nByline is running at ${siteUrl}  (press Ctrl+C to stop)\n` +
    `  Varnish on port ${settings.PORT} (varnishadm -n ${varnish.workDir}), ` +
    `in front of next start on 127.0.0.1:${nextPort}\n`,
);
