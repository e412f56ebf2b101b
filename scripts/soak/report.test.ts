import { describe, expect, it } from "vitest";
import { judge, renderReport, type Sample, type SoakReport, summarizeSamples } from "./report";
import type { Verification } from "./verify";

const intact: Verification = {
  integrity: "ok",
  checkedSaves: 3,
  checkedCorrections: 1,
  lostSaves: [],
  lostCorrections: [],
};

const cleanRun: Sample[] = [
  { kind: "read", ms: 4, outcome: "ok", status: 200 },
  { kind: "read", ms: 6, outcome: "ok", status: 304 },
  { kind: "save", ms: 20, outcome: "ok", status: 200 },
  { kind: "save", ms: 30, outcome: "conflict", status: 200, problem: "conflict: someone saved first" },
  { kind: "publish", ms: 40, outcome: "ok", status: 200 },
  { kind: "correction", ms: 25, outcome: "ok", status: 200 },
];

function reportOf(samples: Sample[], changes: Partial<Omit<SoakReport, "verdict">> = {}): Omit<SoakReport, "verdict"> {
  return {
    seconds: 10,
    loadSeconds: 10.2,
    readers: 2,
    editors: 1,
    pauseMs: 0,
    throughVarnish: false,
    ...summarizeSamples(samples),
    busyLogLines: [],
    verification: intact,
    ...changes,
  };
}

describe("summarizeSamples", () => {
  it("counts each kind's answers, conflicts and errors, with latencies over all of them", () => {
    const summary = summarizeSamples([
      ...cleanRun,
      { kind: "read", ms: 90, outcome: "error", status: 404, problem: "/articles/gone answered 404" },
    ]);
    expect(summary.kinds.read).toEqual({
      requests: 3,
      ok: 2,
      conflicts: 0,
      errors: 1,
      p50: 6,
      p95: 90,
      p99: 90,
      max: 90,
    });
    expect(summary.kinds.save).toMatchObject({ requests: 2, ok: 1, conflicts: 1, errors: 0, p50: 20 });
    expect(summary.problems).toEqual([{ problem: "reads: /articles/gone answered 404", count: 1 }]);
  });

  it("counts 5xx answers, answers naming SQLITE_BUSY and storage refusals", () => {
    const summary = summarizeSamples([
      { kind: "save", ms: 5000, outcome: "error", status: 500, busy: true, problem: "HTTP 500" },
      { kind: "save", ms: 3, outcome: "error", status: 200, storage: true, problem: "storage: cannot be written" },
      { kind: "read", ms: 3, outcome: "error", status: 503, problem: "/ answered 503" },
    ]);
    expect(summary).toMatchObject({ serverErrors: 2, busyAnswers: 1, storageRefusals: 1 });
    expect(summary.problems[0]).toEqual({ problem: "saves: HTTP 500", count: 1 });
  });
});

describe("judge", () => {
  it("passes a run with answers and conflicts only, noting the save target", () => {
    expect(judge(reportOf(cleanRun))).toEqual({
      passed: true,
      failures: [],
      notes: ["Save p95 30 ms: target (under 100 ms) met."],
    });
  });

  it("notes a missed save target without failing for it", () => {
    const verdict = judge(reportOf([...cleanRun, ...Array.from({ length: 5 }, () => save(250))]));
    expect(verdict.passed).toBe(true);
    expect(verdict.notes).toEqual(["Save p95 250 ms: target (under 100 ms) not met."]);
  });

  it("fails on a 5xx, SQLITE_BUSY in an answer or the log, a storage refusal and every error", () => {
    const verdict = judge(
      reportOf(
        [
          ...cleanRun,
          { kind: "save", ms: 5000, outcome: "error", status: 500, busy: true, problem: "HTTP 500" },
          { kind: "publish", ms: 3, outcome: "error", status: 200, storage: true, problem: "storage: …" },
          { kind: "read", ms: 3, outcome: "error", problem: "fetch failed: other side closed" },
        ],
        { busyLogLines: ["SqliteError: database is locked"] },
      ),
    );
    expect(verdict.passed).toBe(false);
    expect(verdict.failures).toEqual([
      "1 answer was 5xx.",
      '1 answer named SQLITE_BUSY ("database is locked").',
      'The server logged SQLITE_BUSY ("database is locked") 1 time.',
      "1 write was refused: the database could not be written.",
      "1 read failed.",
      "1 save failed.",
      "1 publish failed.",
    ]);
  });

  it("fails when an acknowledged save or correction is missing, or the database is damaged", () => {
    const verdict = judge(
      reportOf(cleanRun, {
        verification: {
          ...intact,
          integrity: "row 3 missing from index Article_slug_key",
          lostSaves: [{ articleId: "a1", version: 4, missing: "the revision of version 4" }],
          lostCorrections: [{ articleId: "a1", text: "It was Tuesday." }],
        },
      }),
    );
    expect(verdict.failures).toEqual([
      "The database's integrity check failed: row 3 missing from index Article_slug_key",
      "1 acknowledged save is missing: a1 v4 (the revision of version 4).",
      "1 acknowledged correction is missing.",
    ]);
  });

  it("fails a run whose server stopped by itself", () => {
    const verdict = judge(
      reportOf(cleanRun, { serverExit: "The server stopped by itself during the load (SIGKILL)." }),
    );
    expect(verdict.failures).toEqual(["The server stopped by itself during the load (SIGKILL)."]);
  });

  it("fails a run in which no save was acknowledged", () => {
    const verdict = judge(reportOf([{ kind: "read", ms: 4, outcome: "ok", status: 200 }]));
    expect(verdict).toEqual({
      passed: false,
      failures: ["No save was acknowledged: the soak measured nothing."],
      notes: [],
    });
  });
});

describe("renderReport", () => {
  it("prints a row per kind, the checks afterwards and the verdict", () => {
    const partial = reportOf(cleanRun);
    const text = renderReport({ ...partial, verdict: judge(partial) });
    expect(text).toContain(
      "Soak: 10 s, 2 readers, 1 editor (0 ms between an editor's requests), on next start directly.",
    );
    expect(renderReport({ ...partial, loadSeconds: 14.25, verdict: judge(partial) })).toContain(
      "Soak: 10 s, 2 readers, 1 editor (0 ms between an editor's requests) (the load lasted 14.3 s: requests in flight, and each editor's first story, are finished), on next start directly.",
    );
    expect(renderReport({ ...partial, loadSeconds: 3, verdict: judge(partial) })).toContain(
      "Soak: 10 s, 2 readers, 1 editor (0 ms between an editor's requests) (stopped early: the load lasted 3.0 s), on next start directly.",
    );
    expect(renderReport({ ...partial, throughVarnish: true, verdict: judge(partial) })).toContain(
      "Soak: 10 s, 2 readers, 1 editor (0 ms between an editor's requests), through Varnish.",
    );
    expect(text).toMatch(/saves\s+2\s+1\s+1\s+0\s+20\s+30\s+30\s+30/);
    expect(text).toContain("integrity check ok; 3 acknowledged saves and 1 correction checked, 0 missing.");
    expect(text.trimEnd().endsWith("PASSED")).toBe(true);
  });

  it("lists the errors and the failures of a failed run", () => {
    const partial = reportOf([
      ...cleanRun,
      { kind: "read", ms: 3, outcome: "error", status: 404, problem: "/x answered 404" },
    ]);
    const text = renderReport({ ...partial, verdict: judge(partial) });
    expect(text).toContain("1 × reads: /x answered 404");
    expect(text).toContain("FAILED:\n  1 read failed.");
  });
});

function save(ms: number): Sample {
  return { kind: "save", ms, outcome: "ok", status: 200 };
}
