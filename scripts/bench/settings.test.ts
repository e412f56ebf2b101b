import { describe, expect, it } from "vitest";
import { benchPorts, parseSettings } from "./settings";

describe("parseSettings", () => {
  it("defaults to 50 connections, 2 threads, 10 s a sample, 3 samples, one round, the demo data", () => {
    const parsed = parseSettings({});
    expect(parsed).toMatchObject({
      ok: true,
      settings: {
        BENCH_SECONDS: 10,
        BENCH_CONNECTIONS: 50,
        BENCH_THREADS: 2,
        BENCH_SAMPLES: 3,
        BENCH_ROUNDS: 1,
        BENCH_STORIES: 0,
        BENCH_PORT: 3600,
        BENCH_VCL: "deploy/varnish/byline.vcl",
      },
    });
  });

  it("reads numbers from the environment, an empty variable meaning its default", () => {
    const parsed = parseSettings({ BENCH_STORIES: "100000", BENCH_ROUNDS: "3", BENCH_SECONDS: "" });
    expect(parsed).toMatchObject({
      ok: true,
      settings: { BENCH_STORIES: 100_000, BENCH_ROUNDS: 3, BENCH_SECONDS: 10 },
    });
  });

  it("lists every problem", () => {
    const parsed = parseSettings({ BENCH_SECONDS: "600", BENCH_CONNECTIONS: "many" });
    expect(parsed.ok).toBe(false);
    if (!parsed.ok) {
      expect(parsed.problems).toContain("BENCH_SECONDS: BENCH_SECONDS is capped at 120");
      expect(parsed.problems).toContain("BENCH_CONNECTIONS:");
    }
  });
});

describe("benchPorts", () => {
  it("uses six ports from BENCH_PORT up", () => {
    expect(Object.values(benchPorts(3600)).sort()).toEqual([3600, 3601, 3602, 3603, 3604, 3605]);
  });
});
