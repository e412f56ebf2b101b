/**
 * `npm run bench`: how fast the reader site answers. Serves the production
 * build with `next start` on loopback, on a database of its own (migrated and
 * seeded with the demo content), and loads the home page, a story, a search
 * and the RSS feed with autocannon, one after another. Not part of `npm test`:
 * the numbers depend on the machine. Run `npm run build` first.
 *
 * BENCH_SECONDS (default 10) per address, BENCH_CONNECTIONS (default 10),
 * BENCH_PORT (default 3300), NEXT_DIST_DIR as for the build.
 */
import "dotenv/config";
import { existsSync, mkdirSync, rmSync } from "node:fs";
import path from "node:path";
import autocannon, { type Result } from "autocannon";
import { z } from "zod";
import { startNextServer, waitForUrl } from "./servers";

const settingsSchema = z.object({
  BENCH_SECONDS: z.coerce
    .number()
    .int()
    .min(1, "BENCH_SECONDS must be at least 1")
    .max(120, "BENCH_SECONDS is capped at 120 so a run stays short")
    .default(10),
  BENCH_CONNECTIONS: z.coerce.number().int().min(1).max(200, "BENCH_CONNECTIONS is capped at 200").default(10),
  BENCH_PORT: z.coerce.number().int().min(1024).max(65535).default(3300),
  NEXT_DIST_DIR: z.string().min(1).default(".next"),
});

const TARGETS = [
  { name: "home", path: "/" },
  { name: "article", path: "/articles/putin-invites-trump-to-moscow" },
  { name: "search", path: "/search?q=Kremlin+invitation+Moscow" },
  { name: "RSS feed", path: "/feed.xml" },
];

const parsed = settingsSchema.safeParse(process.env);
if (!parsed.success) {
  console.error(
    `Invalid benchmark settings:\n${parsed.error.issues.map((issue) => `  ${issue.path.join(".")}: ${issue.message}`).join("\n")}`,
  );
  process.exit(1);
}
const settings = parsed.data;
if (!existsSync(path.join(settings.NEXT_DIST_DIR, "BUILD_ID"))) {
  console.error(`No production build in ${settings.NEXT_DIST_DIR}/. Run \`npm run build\` first.`);
  process.exit(1);
}

const origin = `http://127.0.0.1:${settings.BENCH_PORT}`;
const dataDir = path.resolve("data", "bench");
rmSync(dataDir, { recursive: true, force: true });
mkdirSync(dataDir, { recursive: true });
Object.assign(process.env, {
  BYLINE_DATA_DIR: dataDir,
  DATABASE_URL: `file:${path.join(dataDir, "byline.db")}`,
  MEDIA_DIR: path.join(dataDir, "media"),
  SITE_URL: origin,
  NEXT_TELEMETRY_DISABLED: "1",
});

const { prepareDatabase } = await import("./prepare-database");
await prepareDatabase(() => {});

const server = startNextServer({ port: settings.BENCH_PORT, host: "127.0.0.1", stdio: "ignore" });
const stopServer = () => {
  // The server runs in its own process group (npx and next-server): end them all.
  if (server.pid && server.exitCode === null) process.kill(-server.pid, "SIGTERM");
};
process.on("exit", stopServer);
for (const signal of ["SIGINT", "SIGTERM"] as const) process.on(signal, () => process.exit(130));

await waitForUrl(`${origin}/api/health`, { process: server });
const results: { target: (typeof TARGETS)[number]; result: Result }[] = [];
for (const target of TARGETS) {
  // The first request renders the page into the cache; the load measures what readers get after that.
  const warm = await fetch(`${origin}${target.path}`);
  if (!warm.ok) throw new Error(`${target.path} answered ${warm.status}; the benchmark needs it to answer 200.`);
  console.log(`Loading ${target.path} for ${settings.BENCH_SECONDS} s with ${settings.BENCH_CONNECTIONS} connections…`);
  const result = await autocannon({
    url: `${origin}${target.path}`,
    connections: settings.BENCH_CONNECTIONS,
    duration: settings.BENCH_SECONDS,
  });
  results.push({ target, result });
}

console.log(
  `\nReader site on ${origin} (${settings.BENCH_CONNECTIONS} connections, ${settings.BENCH_SECONDS} s each)\n`,
);
console.table(
  Object.fromEntries(
    results.map(({ target, result }) => {
      return [
        target.name,
        {
          "requests/s": Math.round(result.requests.average),
          "latency avg (ms)": result.latency.average,
          "p50 (ms)": result.latency.p50,
          "p99 (ms)": result.latency.p99,
          "max (ms)": result.latency.max,
          "not 2xx": result.non2xx,
          errors: result.errors + result.timeouts,
        },
      ];
    }),
  ),
);
process.exit(0);
