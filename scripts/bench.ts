/**
 * `npm run bench`: how fast the reader site answers, beside floors measured in
 * the same run on the same bytes (README, "Benchmark"). Serves the production
 * build with `next start` on loopback over a database of its own, captures
 * what each reader route answers, serves those bytes from a minimal Next app,
 * node:http and nginx, puts Varnish (deploy/varnish/byline.vcl) in front of
 * the same `next start`, and loads every route on every server with wrk,
 * interleaved, taking medians. Not part of `npm test`: the numbers depend on
 * the machine. Run `npm run build` first.
 */
import "dotenv/config";
import { spawnSync } from "node:child_process";
import { chmodSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { createServer } from "node:net";
import os from "node:os";
import path from "node:path";
import Database from "better-sqlite3";
import {
  captureRoutes,
  FLOOR_RENDERED_PATHS,
  fetchPlain,
  floorBuildKey,
  type Manifest,
  nginxConfig,
  settledAnswer,
  sha256,
} from "./bench/floors";
import { Children, serverRssMb } from "./bench/processes";
import {
  checkTargets,
  type Row,
  type RssByRoute,
  renderChecks,
  renderErrorNotes,
  renderTable,
  type Sample,
  summarize,
} from "./bench/report";
import { type BenchRoute, SERVER_IDS, SERVER_LABELS, type ServerId, selectRoutes } from "./bench/routes";
import { benchPorts, parseSettings } from "./bench/settings";
import { interleavedOrder } from "./bench/stats";
import {
  countsBetween,
  parseVarnishstat,
  renderVarnishCounts,
  type VarnishCounts,
  varnishstatArguments,
} from "./bench/varnishstat";
import { parseWrkOutput, type WrkResult, wrkArguments } from "./bench/wrk";
import { fail } from "./cli";
import { nextServerEnv, waitForUrl } from "./servers";
import { renderVcl, varnishdArguments } from "./varnish";

const WRK_TIMEOUT_SECONDS = 10;
const ROOT = path.resolve(import.meta.dirname, "..");
const BENCH_DATA_DIR = path.join(ROOT, "data", "bench");
const FLOOR_DIR = path.join(ROOT, "bench", "floor");
const CAPTURED_DIR = path.join(FLOOR_DIR, "captured");
const FLOOR_BUILD_MARKER = path.join(FLOOR_DIR, ".next", "bench-build-key.sha256");
const NEXT_BIN = path.join(ROOT, "node_modules", "next", "dist", "bin", "next");

const parsed = parseSettings(process.env);
if (!parsed.ok) fail(`Invalid benchmark settings:\n${parsed.problems}`);
const settings = parsed.settings;
let routes: BenchRoute[];
try {
  routes = selectRoutes(settings.BENCH_ROUTES);
} catch (error) {
  fail(`BENCH_ROUTES: ${(error as Error).message}`);
}
if (!existsSync(path.join(ROOT, settings.NEXT_DIST_DIR, "BUILD_ID"))) {
  fail(`No production build in ${settings.NEXT_DIST_DIR}/. Run \`npm run build\` first.`);
}

/** The first line a tool prints about its version, or undefined when it is not installed. */
function toolVersion(command: string, flag: string): string | undefined {
  const run = spawnSync(command, [flag], { encoding: "utf8" });
  if (run.error) return undefined;
  return `${run.stdout}${run.stderr}`
    .split("\n")
    .find((line) => line.trim())
    ?.trim();
}

const tools = {
  wrk: toolVersion("wrk", "-v"),
  nginx: toolVersion("nginx", "-v"),
  varnishd: toolVersion("varnishd", "-V"),
};
if (!tools.wrk) fail("wrk is not installed: `apt-get install wrk` (and nginx, varnish, varnish-modules for the rest).");

const ports = benchPorts(settings.BENCH_PORT);
const origin = `http://127.0.0.1:${ports.next}`;
const large = settings.BENCH_STORIES > 0;
const dataDir = path.join(BENCH_DATA_DIR, large ? `stories-${settings.BENCH_STORIES}` : "demo");
const vclFile = path.resolve(ROOT, settings.BENCH_VCL);
const workDir = mkdtempSync(path.join(os.tmpdir(), "byline-bench-"));
// varnishd (run as root) reads and compiles its VCL as its own unprivileged user.
chmodSync(workDir, 0o755);
const children = new Children();

let stopping: Promise<void> | undefined;
/** Stops every process the bench started and removes its work folders; safe to call twice. */
function cleanUp(): Promise<void> {
  stopping ??= (async () => {
    await children.stopAll();
    rmSync(workDir, { recursive: true, force: true });
    // The demo database is made afresh each run; a large one is kept for the next (see README).
    if (!large) rmSync(dataDir, { recursive: true, force: true });
  })();
  return stopping;
}
process.on("exit", () => {
  // Reached without cleanUp only on a crash: at least ask every process to end.
  children.signalAllNow();
  rmSync(workDir, { recursive: true, force: true });
});
for (const signal of ["SIGINT", "SIGTERM", "SIGHUP"] as const) {
  process.on(signal, () => {
    console.error(`\n${signal}: stopping the servers…`);
    void cleanUp().finally(() => process.exit(130));
  });
}

const lastLines = (file: string, count = 20) =>
  existsSync(file) ? readFileSync(file, "utf8").trimEnd().split("\n").slice(-count).join("\n") : "";

/** Waits until `url` answers 200; fails early, with the server's log, if the server died. */
async function waitForOk(url: string, server: ReturnType<Children["start"]>, logFile: string, seconds = 120) {
  try {
    await waitForUrl(url, { timeoutMs: seconds * 1000, ready: (status) => status === 200, process: server });
  } catch (error) {
    throw new Error(`${error instanceof Error ? error.message : String(error)}\n${lastLines(logFile)}`);
  }
}

/** Refuses to start when a port is taken: the bench would measure someone else's server. */
async function assertPortsFree(): Promise<void> {
  for (const port of Object.values(ports)) {
    await new Promise<void>((resolve, reject) => {
      const probe = createServer();
      probe.once("error", () => reject(new Error(`Port ${port} is in use: free it or set BENCH_PORT.`)));
      probe.listen(port, "127.0.0.1", () => probe.close(() => resolve()));
    });
  }
}

async function prepareDataSet(): Promise<{ articles: number; queries?: string }> {
  if (!large) rmSync(dataDir, { recursive: true, force: true });
  mkdirSync(dataDir, { recursive: true });
  const databaseFile = path.join(dataDir, "byline.db");
  Object.assign(process.env, {
    BYLINE_DATA_DIR: dataDir,
    DATABASE_URL: `file:${databaseFile}`,
    MEDIA_DIR: path.join(dataDir, "media"),
    SITE_URL: origin,
    NEXT_TELEMETRY_DISABLED: "1",
  });
  // The bench only reads; nothing it does may purge or notify a real site.
  delete process.env.VARNISH_URL;
  delete process.env.BYLINE_INTERNAL_URL;
  const countArticles = () => {
    const database = new Database(databaseFile, { readonly: true });
    try {
      return Number((database.prepare('SELECT count(*) AS count FROM "Article"').get() as { count: number }).count);
    } finally {
      database.close();
    }
  };
  // Imported only now: lib/env reads the environment set above once, on first use.
  const { prepareDatabase } = await import("./prepare-database");
  await prepareDatabase(() => {});
  if (!large) return { articles: countArticles() };

  const before = countArticles();
  if (before >= settings.BENCH_STORIES) {
    console.log(`Reusing ${path.relative(ROOT, dataDir)}/: it already has ${before} stories.`);
  } else {
    console.log(
      `Seeding ${settings.BENCH_STORIES} stories into ${path.relative(ROOT, dataDir)}/ (kept for next time)…`,
    );
    const seed = await children.run(
      "seed",
      "npm",
      ["run", "db:seed", "--", "--stories", String(settings.BENCH_STORIES)],
      { cwd: ROOT, output: "inherit" },
    );
    if (seed.code !== 0) throw new Error(`npm run db:seed -- --stories ${settings.BENCH_STORIES} failed.`);
  }
  const articles = countArticles();
  if (articles < settings.BENCH_STORIES) {
    throw new Error(
      `After \`npm run db:seed -- --stories ${settings.BENCH_STORIES}\` the database has ${articles} stories: ` +
        "does this branch's seed take --stories?",
    );
  }
  const scripts = JSON.parse(readFileSync(path.join(ROOT, "package.json"), "utf8")).scripts ?? {};
  if (!scripts["bench:queries"]) return { articles };
  console.log("Running npm run bench:queries on the same database (no server running yet)…");
  const queries = await children.run("bench:queries", "npm", ["run", "--silent", "bench:queries"], {
    cwd: ROOT,
    output: "capture",
  });
  const output = `${queries.stdout}${queries.code === 0 ? "" : `\n(npm run bench:queries exited ${queries.code})\n${queries.stderr}`}`;
  return { articles, queries: output };
}

/** Builds the floor app unless its build already holds these bytes and its current source. */
async function buildNextFloor(manifest: Manifest): Promise<void> {
  const buildKey = floorBuildKey(FLOOR_DIR, manifest);
  if (existsSync(FLOOR_BUILD_MARKER) && readFileSync(FLOOR_BUILD_MARKER, "utf8") === buildKey) {
    console.log("The Next floor's build already serves these bytes: not rebuilt.");
    return;
  }
  console.log("Building the Next floor (bench/floor) around the captured bytes…");
  const logFile = path.join(workDir, "floor-build.log");
  // The floor builds into its own .next, whatever Byline's build folder is.
  const { NEXT_DIST_DIR: _bylineBuild, ...env } = process.env;
  // webpack, not Turbopack: Turbopack takes the repository (where the lockfile is) as its root and, with
  // bench/floor/tsconfig.json present, also compiled Byline's proxy.ts, failing on its `@/` imports.
  const build = await children.run("floor build", process.execPath, [NEXT_BIN, "build", "--webpack"], {
    cwd: FLOOR_DIR,
    env: { ...env, NEXT_TELEMETRY_DISABLED: "1" },
    output: { logFile },
  });
  if (build.code !== 0) throw new Error(`Building bench/floor failed:\n${lastLines(logFile, 40)}`);
  writeFileSync(FLOOR_BUILD_MARKER, buildKey);
}

type Running = { id: ServerId; child: ReturnType<Children["start"]>; urlOf: (route: BenchRoute) => string };

async function startServers(byline: Running, manifest: Manifest): Promise<Running[]> {
  const started: Running[] = [byline];
  const floorUrl = (port: number) => (route: BenchRoute) => `http://127.0.0.1:${port}/${route.name}`;
  const checkBytes = async (server: Running) => {
    for (const route of manifest.routes) {
      const answer = await fetchPlain(server.urlOf(route));
      if (answer.status !== 200 || sha256(answer.body) !== route.sha256) {
        throw new Error(`${SERVER_LABELS[server.id]} does not serve ${route.name} as captured (${answer.status}).`);
      }
    }
  };

  if (tools.varnishd && existsSync(vclFile)) {
    const dir = path.join(workDir, "varnish");
    mkdirSync(dir);
    const vcl = path.join(dir, "byline.vcl");
    writeFileSync(vcl, renderVcl(readFileSync(vclFile, "utf8"), { backend: { host: "127.0.0.1", port: ports.next } }));
    const logFile = path.join(workDir, "varnishd.log");
    const child = children.start(
      "varnishd",
      "varnishd",
      [
        ...varnishdArguments({
          listen: `127.0.0.1:${ports.varnish}`,
          vclFile: vcl,
          workDir: varnishWorkDir,
          storage: "malloc,256m",
        }),
        ...["-T", `127.0.0.1:${ports.varnishAdmin}`],
        // `include`s in the project's VCL are found beside it.
        ...["-p", `vcl_path=${path.dirname(vclFile)}:/etc/varnish:/usr/share/varnish/vcl`],
      ],
      { logFile },
    );
    const varnish: Running = {
      id: "varnish",
      child,
      urlOf: (route) => `http://127.0.0.1:${ports.varnish}${route.path}`,
    };
    await waitForOk(varnish.urlOf(manifest.routes[0] as BenchRoute), child, logFile);
    for (const route of manifest.routes) {
      const answer = await settledAnswer(varnish.urlOf(route), { pauseMs: 200 });
      if (sha256(answer.body) !== route.sha256) {
        console.warn(`Warning: through Varnish, ${route.name} is not the bytes Byline answered directly.`);
      }
    }
    started.push(varnish);
  } else {
    console.warn(
      tools.varnishd
        ? `No VCL at ${path.relative(ROOT, vclFile)} (set BENCH_VCL): Varnish is not measured.`
        : "varnishd is not installed (apt-get install varnish varnish-modules): Varnish is not measured.",
    );
  }

  const floorLog = path.join(workDir, "next-floor.log");
  const nextFloor: Running = {
    id: "nextFloor",
    child: children.start(
      "Next floor",
      process.execPath,
      [NEXT_BIN, "start", "-p", String(ports.nextFloor), "-H", "127.0.0.1"],
      {
        cwd: FLOOR_DIR,
        logFile: floorLog,
      },
    ),
    urlOf: floorUrl(ports.nextFloor),
  };
  await waitForOk(nextFloor.urlOf(manifest.routes[0] as BenchRoute), nextFloor.child, floorLog);
  for (const rendered of FLOOR_RENDERED_PATHS) {
    const answer = await fetchPlain(`http://127.0.0.1:${ports.nextFloor}${rendered}`);
    if (answer.status !== 200) throw new Error(`The Next floor answered ${rendered} with ${answer.status}.`);
  }
  await checkBytes(nextFloor);
  started.push(nextFloor);

  const nodeLog = path.join(workDir, "node-floor.log");
  const node: Running = {
    id: "node",
    child: children.start(
      "node:http floor",
      process.execPath,
      ["--import", "tsx", path.join(ROOT, "scripts", "bench", "static-server.ts"), CAPTURED_DIR, String(ports.node)],
      { cwd: ROOT, logFile: nodeLog },
    ),
    urlOf: floorUrl(ports.node),
  };
  await waitForOk(node.urlOf(manifest.routes[0] as BenchRoute), node.child, nodeLog);
  await checkBytes(node);
  started.push(node);

  if (tools.nginx) {
    const prefix = path.join(workDir, "nginx");
    mkdirSync(prefix);
    const config = path.join(prefix, "nginx.conf");
    writeFileSync(config, nginxConfig({ prefix, root: CAPTURED_DIR, port: ports.nginx, routes: manifest.routes }));
    const logFile = path.join(prefix, "error.log");
    const nginx: Running = {
      id: "nginx",
      child: children.start("nginx", "nginx", ["-p", `${prefix}/`, "-c", config, "-e", logFile, "-g", "daemon off;"], {
        logFile: path.join(workDir, "nginx.log"),
      }),
      urlOf: floorUrl(ports.nginx),
    };
    await waitForOk(nginx.urlOf(manifest.routes[0] as BenchRoute), nginx.child, logFile);
    await checkBytes(nginx);
    started.push(nginx);
  } else {
    console.warn("nginx is not installed (apt-get install nginx): its floor is not measured.");
  }
  // The table's order, whatever the order of starting.
  return SERVER_IDS.flatMap((id) => started.filter((server) => server.id === id));
}

async function runWrk(url: string, seconds: number): Promise<WrkResult> {
  const args = wrkArguments({
    url,
    seconds,
    connections: settings.BENCH_CONNECTIONS,
    threads: settings.BENCH_THREADS,
    timeoutSeconds: WRK_TIMEOUT_SECONDS,
  });
  const run = await children.run("wrk", "wrk", args, { output: "capture" });
  if (run.signal) throw new Error(`wrk was stopped by ${run.signal}.`);
  if (run.code !== 0) throw new Error(`wrk ${args.join(" ")} failed (${run.code}):\n${run.stderr}`);
  return parseWrkOutput(run.stdout);
}

const formatMs = (ms: number) => (ms < 10 ? ms.toFixed(2) : ms.toFixed(0));
const rssOf = (servers: readonly Running[]) =>
  Object.fromEntries(servers.map((server) => [server.id, Math.round(serverRssMb(server.child))])) as Partial<
    Record<ServerId, number>
  >;

type Round = {
  round: number;
  samples: Sample[];
  rows: Row[];
  rss: RssByRoute;
  rssAfterRoundMb: Partial<Record<ServerId, number>>;
  /** What Varnish did during each route's samples (absent without Varnish). */
  varnish: Record<string, VarnishCounts>;
};

const varnishWorkDir = path.join(workDir, "varnish", "work");

/** Varnish's counters now, or undefined when there is no Varnish or varnishstat fails. */
function readVarnishCounts(servers: readonly Running[]): VarnishCounts | undefined {
  if (!servers.some((server) => server.id === "varnish")) return undefined;
  const run = spawnSync("varnishstat", varnishstatArguments(varnishWorkDir), { encoding: "utf8" });
  if (run.status !== 0) return undefined;
  return parseVarnishstat(run.stdout);
}

async function measureRound(round: number, servers: readonly Running[]): Promise<Round> {
  const samples: Sample[] = [];
  const rss: RssByRoute = {};
  const varnish: Record<string, VarnishCounts> = {};
  for (const route of routes) {
    for (const server of servers) {
      // Warm: the page is in every cache, and the server's code is hot, before anything counts.
      const answer = await fetchPlain(server.urlOf(route));
      if (answer.status !== 200) throw new Error(`${server.urlOf(route)} answered ${answer.status}.`);
      if (settings.BENCH_WARMUP_SECONDS > 0) await runWrk(server.urlOf(route), settings.BENCH_WARMUP_SECONDS);
    }
    const varnishBefore = readVarnishCounts(servers);
    for (let sample = 0; sample < settings.BENCH_SAMPLES; sample++) {
      for (const server of interleavedOrder(servers, sample)) {
        const result = await runWrk(server.urlOf(route), settings.BENCH_SECONDS);
        samples.push({ route: route.name, server: server.id, sample, result });
        const errors = result.non2xx + result.socketErrors;
        console.log(
          `  round ${round} · ${route.name.padEnd(7)} · sample ${sample + 1}/${settings.BENCH_SAMPLES} · ` +
            `${SERVER_LABELS[server.id].padEnd(22)} ${Math.round(result.requestsPerSecond).toString().padStart(6)} req/s` +
            `  p50 ${formatMs(result.p50Ms).padStart(5)} ms  p99 ${formatMs(result.p99Ms).padStart(5)} ms` +
            (errors > 0 ? `  ${errors} errors` : ""),
        );
      }
    }
    rss[route.name] = rssOf(servers);
    const varnishAfter = readVarnishCounts(servers);
    if (varnishBefore && varnishAfter) varnish[route.name] = countsBetween(varnishBefore, varnishAfter);
  }
  const rows = summarize(
    samples,
    routes,
    servers.map((server) => server.id),
    rss,
  );
  return { round, samples, rows, rss, rssAfterRoundMb: rssOf(servers), varnish };
}

async function main(): Promise<void> {
  const startedAt = new Date();
  const perRound =
    routes.length *
    (SERVER_IDS.length * (settings.BENCH_SAMPLES * settings.BENCH_SECONDS + settings.BENCH_WARMUP_SECONDS));
  console.log(
    `npm run bench, ${startedAt.toISOString()}: ${os.cpus().length} cores, load average ${os
      .loadavg()
      .map((load) => load.toFixed(2))
      .join(" ")}; about ${Math.ceil((perRound * settings.BENCH_ROUNDS) / 60)} min of load after start-up.`,
  );
  await assertPortsFree();
  const dataSet = await prepareDataSet();
  console.log(
    `Data set: ${large ? `${settings.BENCH_STORIES} generated stories` : "the demo"} (${dataSet.articles} stories).`,
  );
  if (dataSet.queries !== undefined) console.log(`\nnpm run bench:queries:\n${dataSet.queries}`);

  const bylineLog = path.join(workDir, "next.log");
  const byline: Running = {
    id: "next",
    child: children.start(
      "next start",
      process.execPath,
      [NEXT_BIN, "start", "-p", String(ports.next), "-H", "127.0.0.1"],
      {
        cwd: ROOT,
        env: nextServerEnv(),
        logFile: bylineLog,
      },
    ),
    urlOf: (route) => `${origin}${route.path}`,
  };
  await waitForOk(`${origin}/api/health`, byline.child, bylineLog);
  console.log(`Byline answers on ${origin}; capturing what each route answers…`);
  const manifest = await captureRoutes(origin, routes, CAPTURED_DIR);
  await buildNextFloor(manifest);
  const servers = await startServers(byline, manifest);
  console.log(
    `Measuring ${routes.map((route) => route.name).join(", ")} on ${servers.map((server) => SERVER_LABELS[server.id]).join(", ")}: ` +
      `wrk, ${settings.BENCH_THREADS} threads, ${settings.BENCH_CONNECTIONS} connections, ` +
      `${settings.BENCH_SAMPLES} interleaved samples of ${settings.BENCH_SECONDS} s each.`,
  );

  const rounds: Round[] = [];
  for (let round = 1; round <= settings.BENCH_ROUNDS; round++) {
    const measured = await measureRound(round, servers);
    rounds.push(measured);
    console.log(
      `\nRound ${round} of ${settings.BENCH_ROUNDS} (medians of ${settings.BENCH_SAMPLES} samples; ratios of req/s, sample by sample):\n`,
    );
    console.log(renderTable(measured.rows, routes));
    const notes = renderErrorNotes(measured.rows);
    if (notes) console.log(`\n${notes}`);
    if (Object.keys(measured.varnish).length > 0) console.log(`\n${renderVarnishCounts(measured.varnish)}`);
    console.log(`\n${renderChecks(checkTargets(measured.rows, routes, settings.BENCH_CONNECTIONS))}`);
    console.log(
      `\nRSS after round ${round}: ${servers.map((server) => `${SERVER_LABELS[server.id]} ${measured.rssAfterRoundMb[server.id]} MiB`).join(", ")}`,
    );
  }
  if (rounds.length > 1) {
    console.log("\nServer RSS after each round (MiB):");
    for (const server of servers) {
      console.log(
        `  ${SERVER_LABELS[server.id].padEnd(22)} ${rounds.map((each) => each.rssAfterRoundMb[server.id]).join(" → ")}`,
      );
    }
  }

  // Did the pages change while they were measured (a revalidation with different bytes)?
  const bytesAtEnd: Record<string, Partial<Record<ServerId, "same" | "changed">>> = {};
  for (const route of manifest.routes) {
    bytesAtEnd[route.name] = {};
    for (const server of servers.filter((each) => each.id === "next" || each.id === "varnish")) {
      const answer = await fetchPlain(server.urlOf(route));
      const same = sha256(answer.body) === route.sha256;
      (bytesAtEnd[route.name] as Partial<Record<ServerId, "same" | "changed">>)[server.id] = same ? "same" : "changed";
      if (!same)
        console.warn(`Note: ${SERVER_LABELS[server.id]} answers different bytes for ${route.name} than at capture.`);
    }
  }
  const rssAtEndMb = rssOf(servers);
  const finishedAt = new Date();
  const resultsFile = path.join(
    BENCH_DATA_DIR,
    `results-${finishedAt
      .toISOString()
      .replace(/:/g, "")
      .replace(/\.\d+Z$/, "Z")}.json`,
  );
  mkdirSync(BENCH_DATA_DIR, { recursive: true });
  writeFileSync(
    resultsFile,
    `${JSON.stringify(
      {
        startedAt: startedAt.toISOString(),
        finishedAt: finishedAt.toISOString(),
        machine: {
          cores: os.cpus().length,
          cpu: os.cpus()[0]?.model,
          memoryGiB: Math.round(os.totalmem() / 2 ** 30),
          loadAverageAtEnd: os.loadavg(),
          node: process.version,
          ...tools,
        },
        settings: { ...settings, WRK_TIMEOUT_SECONDS },
        dataSet: { stories: large ? settings.BENCH_STORIES : "demo", articles: dataSet.articles },
        vcl: servers.some((server) => server.id === "varnish") ? path.relative(ROOT, vclFile) : null,
        servers: Object.fromEntries(servers.map((server) => [server.id, SERVER_LABELS[server.id]])),
        routes: manifest.routes,
        rounds: rounds.map((each) => ({
          ...each,
          checks: checkTargets(each.rows, routes, settings.BENCH_CONNECTIONS),
        })),
        rssAtEndMb,
        bytesAtEnd,
        queries: dataSet.queries ?? null,
      },
      null,
      2,
    )}\n`,
  );
  console.log(
    `\nRSS at the end: ${servers.map((server) => `${SERVER_LABELS[server.id]} ${rssAtEndMb[server.id]} MiB`).join(", ")}`,
  );
  console.log(`Results: ${path.relative(ROOT, resultsFile)}`);
}

try {
  await main();
  await cleanUp();
  process.exit(0);
} catch (error) {
  console.error(`\nThe benchmark stopped: ${error instanceof Error ? error.message : String(error)}`);
  await cleanUp();
  process.exit(1);
}
