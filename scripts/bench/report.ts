import { type BenchRoute, SERVER_LABELS, type ServerId } from "./routes";
import { median, pairedRatio } from "./stats";
import type { WrkResult } from "./wrk";

/** One wrk run: a route on one server, in one interleaved sample of one bench round. */
export type Sample = { route: string; server: ServerId; sample: number; result: WrkResult };

/** A route on one server, over the samples of one round. */
export type Row = {
  route: string;
  server: ServerId;
  samples: number;
  /** Medians over the samples. */
  requestsPerSecond: number;
  p50Ms: number;
  p99Ms: number;
  /** Responses over all samples, and how many of them were not 2xx/3xx or were socket errors (timeouts included). */
  requests: number;
  errors: number;
  /** The server's resident memory (with its workers) right after this route's samples, in MiB. */
  rssMb: number;
  /** Medians of requests/s divided by the floor's in the same sample. */
  vsNextFloor: number;
  vsNginx: number;
};

/** Server RSS in MiB after each route: route name → server → MiB. */
export type RssByRoute = Record<string, Partial<Record<ServerId, number>>>;

export function summarize(
  samples: readonly Sample[],
  routes: readonly BenchRoute[],
  servers: readonly ServerId[],
  rss: RssByRoute,
): Row[] {
  const rows: Row[] = [];
  for (const route of routes) {
    const bySample = (server: ServerId) =>
      new Map(
        samples
          .filter((sample) => sample.route === route.name && sample.server === server)
          .map((sample) => [sample.sample, sample.result]),
      );
    const ratioTo = (measured: Map<number, WrkResult>, reference: Map<number, WrkResult>) => {
      const paired = [...measured.keys()].filter((index) => reference.has(index));
      return pairedRatio(
        paired.map((index) => measured.get(index)?.requestsPerSecond ?? 0),
        paired.map((index) => reference.get(index)?.requestsPerSecond ?? 0),
      );
    };
    const nextFloor = bySample("nextFloor");
    const nginx = bySample("nginx");
    for (const server of servers) {
      const measured = bySample(server);
      if (measured.size === 0) continue;
      const results = [...measured.values()];
      rows.push({
        route: route.name,
        server,
        samples: results.length,
        requestsPerSecond: median(results.map((result) => result.requestsPerSecond)),
        p50Ms: median(results.map((result) => result.p50Ms)),
        p99Ms: median(results.map((result) => result.p99Ms)),
        requests: results.reduce((sum, result) => sum + result.requests, 0),
        errors: results.reduce((sum, result) => sum + result.non2xx + result.socketErrors, 0),
        rssMb: rss[route.name]?.[server] ?? Number.NaN,
        vsNextFloor: ratioTo(measured, nextFloor),
        vsNginx: ratioTo(measured, nginx),
      });
    }
  }
  return rows;
}

export const NEXT_FLOOR_TARGET = 0.8;
export const VARNISH_NGINX_TARGET = 0.5;
export const VARNISH_P99_TARGET_MS = 20;

export type Check = { description: string; value: number; met: boolean };

/** The issue's targets, for the rows that were measured. */
export function checkTargets(rows: readonly Row[], routes: readonly BenchRoute[], connections: number): Check[] {
  const row = (route: string, server: ServerId) => rows.find((each) => each.route === route && each.server === server);
  const checks: Check[] = [];
  for (const route of routes.filter((each) => each.cached)) {
    const next = row(route.name, "next");
    if (next) {
      checks.push({
        description: `${route.name}: Next direct ÷ Next floor ≥ ${NEXT_FLOOR_TARGET}`,
        value: next.vsNextFloor,
        met: next.vsNextFloor >= NEXT_FLOOR_TARGET,
      });
    }
  }
  const varnishStory = row("story", "varnish");
  if (varnishStory) {
    checks.push(
      {
        description: `story: through Varnish ÷ nginx ≥ ${VARNISH_NGINX_TARGET}`,
        value: varnishStory.vsNginx,
        met: varnishStory.vsNginx >= VARNISH_NGINX_TARGET,
      },
      {
        description: `story: through Varnish p99 < ${VARNISH_P99_TARGET_MS} ms at ${connections} connections`,
        value: varnishStory.p99Ms,
        met: varnishStory.p99Ms < VARNISH_P99_TARGET_MS,
      },
    );
  }
  return checks;
}

function formatNumber(value: number, kind: "count" | "ms" | "ratio" | "mb"): string {
  if (!Number.isFinite(value)) return "–";
  if (kind === "ratio") return value.toFixed(2);
  if (kind === "ms") return value < 10 ? value.toFixed(2) : value < 100 ? value.toFixed(1) : value.toFixed(0);
  return Math.round(value).toString();
}

const COLUMNS = [
  { title: "route", align: "left" },
  { title: "server", align: "left" },
  { title: "req/s", align: "right" },
  { title: "p50 ms", align: "right" },
  { title: "p99 ms", align: "right" },
  { title: "errors", align: "right" },
  { title: "RSS MiB", align: "right" },
  { title: "÷ Next floor", align: "right" },
  { title: "÷ nginx", align: "right" },
] as const;

/** The one table: a block of rows per route, Byline's servers first, then the floors. */
export function renderTable(rows: readonly Row[], routes: readonly BenchRoute[]): string {
  const cells: string[][] = [];
  for (const route of routes) {
    const routeRows = rows.filter((row) => row.route === route.name);
    routeRows.forEach((row, index) => {
      cells.push([
        index === 0 ? `${route.name} (${route.cached ? "cached" : "dynamic, uncached"})` : "",
        SERVER_LABELS[row.server],
        formatNumber(row.requestsPerSecond, "count"),
        formatNumber(row.p50Ms, "ms"),
        formatNumber(row.p99Ms, "ms"),
        formatNumber(row.errors, "count"),
        formatNumber(row.rssMb, "mb"),
        formatNumber(row.vsNextFloor, "ratio"),
        formatNumber(row.vsNginx, "ratio"),
      ]);
    });
  }
  const widths = COLUMNS.map((column, index) =>
    Math.max(column.title.length, ...cells.map((line) => (line[index] ?? "").length)),
  );
  const format = (line: readonly string[]) =>
    `| ${line
      .map((cell, index) =>
        COLUMNS[index]?.align === "right" ? cell.padStart(widths[index] ?? 0) : cell.padEnd(widths[index] ?? 0),
      )
      .join(" | ")} |`;
  // Written as Biome formats a Markdown table, so a run pastes into the README as it is.
  const rule = `| ${widths.map((width, index) => (COLUMNS[index]?.align === "right" ? `${"-".repeat(width - 1)}:` : "-".repeat(width))).join(" | ")} |`;
  return [format(COLUMNS.map((column) => column.title)), rule, ...cells.map(format)].join("\n");
}

/** A line for each row with errors: wrk's requests/s counts every response, errors too. */
export function renderErrorNotes(rows: readonly Row[]): string {
  return rows
    .filter((row) => row.errors > 0)
    .map(
      (row) =>
        `note: ${row.route} on ${SERVER_LABELS[row.server]}: ${row.errors} errors for ${row.requests} responses ` +
        "(not 2xx/3xx, socket errors or timeouts); its req/s counts them too.",
    )
    .join("\n");
}

/** The targets, one line each, for the terminal and the README. */
export function renderChecks(checks: readonly Check[]): string {
  return checks
    .map((check) => `${check.met ? "met    " : "not met"}  ${check.description}: ${formatNumber(check.value, "ratio")}`)
    .join("\n");
}
