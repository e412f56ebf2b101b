import { describe, expect, it } from "vitest";
import { checkTargets, renderChecks, renderErrorNotes, renderTable, type Sample, summarize } from "./report";
import type { BenchRoute, ServerId } from "./routes";
import type { WrkResult } from "./wrk";

const STORY: BenchRoute = { name: "story", path: "/articles/a", cached: true };
const SEARCH: BenchRoute = { name: "search", path: "/search?q=a", cached: false };

function result(requestsPerSecond: number, p99Ms = 10, errors = 0): WrkResult {
  return {
    requests: requestsPerSecond * 10,
    requestsPerSecond,
    p50Ms: p99Ms / 4,
    p99Ms,
    non2xx: errors,
    socketErrors: 0,
  };
}

function samples(route: string, server: ServerId, perSample: WrkResult[]): Sample[] {
  return perSample.map((each, sample) => ({ route, server, sample, result: each }));
}

describe("summarize", () => {
  const measured = [
    // The machine was busy in sample 1: every server slowed down.
    ...samples("story", "next", [result(850, 300), result(400, 900, 2), result(900, 250)]),
    ...samples("story", "varnish", [result(9_000, 8), result(4_000, 30), result(9_500, 7)]),
    ...samples("story", "nextFloor", [result(1_000), result(500), result(1_000)]),
    ...samples("story", "nginx", [result(18_000), result(9_000), result(19_000)]),
    ...samples("search", "next", [result(100)]),
    ...samples("search", "nextFloor", [result(1_000)]),
  ];
  const rows = summarize(measured, [STORY, SEARCH], ["next", "varnish", "nextFloor", "node", "nginx"], {
    story: { next: 271.4, varnish: 70 },
  });

  it("gives the median of each number over the samples, and adds up the errors", () => {
    const next = rows.find((row) => row.route === "story" && row.server === "next");
    expect(next).toMatchObject({
      samples: 3,
      requestsPerSecond: 850,
      p99Ms: 300,
      requests: 21_500,
      errors: 2,
      rssMb: 271.4,
    });
  });

  it("names the rows whose req/s includes errors", () => {
    expect(renderErrorNotes(rows)).toBe(
      "note: story on Byline, Next direct: 2 errors for 21500 responses (not 2xx/3xx, socket errors or timeouts); its req/s counts them too.",
    );
  });

  it("computes ratios sample by sample, so a busy moment slows both sides of a ratio", () => {
    const next = rows.find((row) => row.route === "story" && row.server === "next");
    expect(next?.vsNextFloor).toBe(0.85); // 0.85, 0.8, 0.9
    const varnish = rows.find((row) => row.route === "story" && row.server === "varnish");
    expect(varnish?.vsNginx).toBeCloseTo(0.5); // 0.5, 0.444, 0.5
  });

  it("leaves out servers that were not measured, and has no ratio without the floor", () => {
    expect(rows.map((row) => `${row.route}/${row.server}`)).toEqual([
      "story/next",
      "story/varnish",
      "story/nextFloor",
      "story/nginx",
      "search/next",
      "search/nextFloor",
    ]);
    expect(rows.find((row) => row.route === "search" && row.server === "next")?.vsNginx).toBeNaN();
  });

  it("checks the targets: Next against its floor on cached routes, Varnish against nginx and in p99", () => {
    const checks = checkTargets(rows, [STORY, SEARCH], 50);
    expect(checks).toEqual([
      { description: "story: Next direct ÷ Next floor ≥ 0.8", value: 0.85, met: true },
      { description: "story: through Varnish ÷ nginx ≥ 0.5", value: 0.5, met: true },
      { description: "story: through Varnish p99 < 20 ms at 50 connections", value: 8, met: true },
    ]);
    expect(renderChecks(checks).split("\n")[0]).toBe("met      story: Next direct ÷ Next floor ≥ 0.8: 0.85");
  });

  it("renders one aligned Markdown table, the route named once per block, – where there is nothing", () => {
    expect(renderTable(rows, [STORY, SEARCH])).toBe(
      [
        "| route                      | server                 | req/s | p50 ms | p99 ms | errors | RSS MiB | ÷ Next floor | ÷ nginx |",
        "| -------------------------- | ---------------------- | ----: | -----: | -----: | -----: | ------: | -----------: | ------: |",
        "| story (cached)             | Byline, Next direct    |   850 |   75.0 |    300 |      2 |     271 |         0.85 |    0.05 |",
        "|                            | Byline through Varnish |  9000 |   2.00 |   8.00 |      0 |      70 |         9.00 |    0.50 |",
        "|                            | floor: Next static     |  1000 |   2.50 |   10.0 |      0 |       – |         1.00 |    0.06 |",
        "|                            | floor: nginx           | 18000 |   2.50 |   10.0 |      0 |       – |        18.00 |    1.00 |",
        "| search (dynamic, uncached) | Byline, Next direct    |   100 |   2.50 |   10.0 |      0 |       – |         0.10 |       – |",
        "|                            | floor: Next static     |  1000 |   2.50 |   10.0 |      0 |       – |         1.00 |       – |",
      ].join("\n"),
    );
  });
});
