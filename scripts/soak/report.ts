import { type Latencies, latencies } from "./stats";
import type { Verification } from "./verify";

/** What the soak times: a reader's page, an editor's save (new or existing story), publish, correction. */
export const SOAK_KINDS = ["read", "save", "publish", "correction"] as const;
export type SoakKind = (typeof SOAK_KINDS)[number];

const KIND_LABELS: Record<SoakKind, string> = {
  read: "reads",
  save: "saves",
  publish: "publishes",
  correction: "corrections",
};

/** How SQLite's "the write lock is taken" shows itself, in an answer or a log line. */
export const BUSY_PATTERN = /SQLITE_BUSY|database is locked/i;

/** Save p95 the soak aims for (README, "Soak"); missing it is reported, not failed. */
export const SAVE_P95_TARGET_MS = 100;

/** One timed request and how it ended. */
export type Sample = {
  kind: SoakKind;
  ms: number;
  outcome: "ok" | "conflict" | "error";
  /** HTTP status, when the server answered. */
  status?: number;
  /** For an error: what went wrong, short enough to count alike ones together. */
  problem?: string;
  /** The answer refused the write because the database could not be written. */
  storage?: boolean;
  /** The answer named SQLITE_BUSY or "database is locked". */
  busy?: boolean;
};

export type KindSummary = { requests: number; ok: number; conflicts: number; errors: number } & Latencies;

export type Verdict = { passed: boolean; failures: string[]; notes: string[] };

export type SoakReport = {
  seconds: number;
  /** How long the load lasted: past `seconds` by the requests in flight, and any editor's unfinished first story. */
  loadSeconds: number;
  readers: number;
  editors: number;
  /** Each editor's wait between an answer and its next request. */
  pauseMs: number;
  /** Readers and editors went through Varnish in front of `next start`. */
  throughVarnish: boolean;
  kinds: Record<SoakKind, KindSummary>;
  /** Errors grouped by what went wrong, most frequent first. */
  problems: { problem: string; count: number }[];
  serverErrors: number;
  busyAnswers: number;
  storageRefusals: number;
  /** Lines of the server's log that name SQLITE_BUSY or "database is locked". */
  busyLogLines: string[];
  /** Set when the server ended on its own before the load did. */
  serverExit?: string;
  verification: Verification;
  verdict: Verdict;
};

export function summarizeSamples(
  samples: readonly Sample[],
): Pick<SoakReport, "kinds" | "problems" | "serverErrors" | "busyAnswers" | "storageRefusals"> {
  const kinds = Object.fromEntries(
    SOAK_KINDS.map((kind) => {
      const ofKind = samples.filter((sample) => sample.kind === kind);
      const count = (outcome: Sample["outcome"]) => ofKind.filter((sample) => sample.outcome === outcome).length;
      return [
        kind,
        {
          requests: ofKind.length,
          ok: count("ok"),
          conflicts: count("conflict"),
          errors: count("error"),
          ...latencies(ofKind.map((sample) => sample.ms)),
        },
      ];
    }),
  ) as Record<SoakKind, KindSummary>;
  const problems = new Map<string, number>();
  for (const sample of samples) {
    if (sample.outcome !== "error") continue;
    const problem = `${KIND_LABELS[sample.kind]}: ${sample.problem ?? "unknown"}`;
    problems.set(problem, (problems.get(problem) ?? 0) + 1);
  }
  return {
    kinds,
    problems: [...problems].map(([problem, count]) => ({ problem, count })).sort((a, b) => b.count - a.count),
    serverErrors: samples.filter((sample) => (sample.status ?? 0) >= 500).length,
    busyAnswers: samples.filter((sample) => sample.busy).length,
    storageRefusals: samples.filter((sample) => sample.storage).length,
  };
}

const plural = (count: number, one: string, many = `${one}s`) => `${count} ${count === 1 ? one : many}`;

/**
 * Passed only with nothing lost and nothing failed: no 5xx, no SQLITE_BUSY
 * reaching a user or the server's log, no storage refusal, no error of any
 * kind (a conflict is an editor's answer, not an error), every acknowledged
 * save and correction in the database, the database intact, and at least
 * one save made (a soak that saved nothing proved nothing).
 */
export function judge(report: Omit<SoakReport, "verdict">): Verdict {
  const failures: string[] = report.serverExit ? [report.serverExit] : [];
  const { kinds, verification } = report;
  if (report.serverErrors > 0) failures.push(`${plural(report.serverErrors, "answer was", "answers were")} 5xx.`);
  if (report.busyAnswers > 0)
    failures.push(`${plural(report.busyAnswers, "answer")} named SQLITE_BUSY ("database is locked").`);
  if (report.busyLogLines.length > 0)
    failures.push(
      `The server logged SQLITE_BUSY ("database is locked") ${plural(report.busyLogLines.length, "time")}.`,
    );
  if (report.storageRefusals > 0)
    failures.push(
      `${plural(report.storageRefusals, "write was", "writes were")} refused: the database could not be written.`,
    );
  for (const kind of SOAK_KINDS) {
    if (kinds[kind].errors > 0)
      failures.push(`${plural(kinds[kind].errors, `${kind} failed`, `${KIND_LABELS[kind]} failed`)}.`);
  }
  if (verification.integrity !== "ok")
    failures.push(`The database's integrity check failed: ${verification.integrity}`);
  if (verification.lostSaves.length > 0) {
    const examples = verification.lostSaves
      .slice(0, 3)
      .map((save) => `${save.articleId} v${save.version} (${save.missing})`)
      .join(", ");
    failures.push(
      `${plural(verification.lostSaves.length, "acknowledged save is", "acknowledged saves are")} missing: ${examples}.`,
    );
  }
  if (verification.lostCorrections.length > 0)
    failures.push(
      `${plural(verification.lostCorrections.length, "acknowledged correction is", "acknowledged corrections are")} missing.`,
    );
  if (kinds.save.ok + kinds.publish.ok === 0) failures.push("No save was acknowledged: the soak measured nothing.");

  const saveP95 = kinds.save.p95;
  const notes = Number.isNaN(saveP95)
    ? []
    : [
        saveP95 < SAVE_P95_TARGET_MS
          ? `Save p95 ${formatMs(saveP95)} ms: target (under ${SAVE_P95_TARGET_MS} ms) met.`
          : `Save p95 ${formatMs(saveP95)} ms: target (under ${SAVE_P95_TARGET_MS} ms) not met.`,
      ];
  return { passed: failures.length === 0, failures, notes };
}

const formatMs = (ms: number) => (Number.isNaN(ms) ? "-" : ms < 10 ? ms.toFixed(1) : ms.toFixed(0));

/** Said when the load did not last the time asked for: stopped early, or kept on while editors finished. */
function loadNote({ seconds, loadSeconds }: SoakReport): string {
  const lasted = loadSeconds.toFixed(1);
  if (loadSeconds < seconds - 1) return ` (stopped early: the load lasted ${lasted} s)`;
  if (loadSeconds > seconds + 1)
    return ` (the load lasted ${lasted} s: requests in flight, and each editor's first story, are finished)`;
  return "";
}

/** The report as the soak prints it. */
export function renderReport(report: SoakReport): string {
  const header = ["", "requests", "ok", "conflicts", "errors", "p50 ms", "p95 ms", "p99 ms", "max ms"];
  const rows = SOAK_KINDS.map((kind) => {
    const row = report.kinds[kind];
    return [
      KIND_LABELS[kind],
      String(row.requests),
      String(row.ok),
      String(row.conflicts),
      String(row.errors),
      formatMs(row.p50),
      formatMs(row.p95),
      formatMs(row.p99),
      formatMs(row.max),
    ];
  });
  const widths = header.map((_, column) => Math.max(...[header, ...rows].map((row) => (row[column] as string).length)));
  const line = (row: string[]) =>
    row
      .map((cell, column) =>
        column === 0 ? cell.padEnd(widths[0] as number) : cell.padStart(widths[column] as number),
      )
      .join("  ");
  const { verification, verdict } = report;
  const lines = [
    `Soak: ${report.seconds} s, ${plural(report.readers, "reader")}, ${plural(report.editors, "editor")} (${report.pauseMs} ms between an editor's requests)${loadNote(report)}, ${report.throughVarnish ? "through Varnish" : "on next start directly"}.`,
    "",
    line(header),
    ...rows.map(line),
    "",
    `5xx answers: ${report.serverErrors}. SQLITE_BUSY in answers: ${report.busyAnswers}, in the server's log: ${report.busyLogLines.length}. Storage refusals: ${report.storageRefusals}.`,
    `Afterwards: integrity check ${verification.integrity}; ${plural(verification.checkedSaves, "acknowledged save")} and ${plural(verification.checkedCorrections, "correction")} checked, ${verification.lostSaves.length + verification.lostCorrections.length} missing.`,
  ];
  if (report.problems.length > 0) {
    lines.push("", "Errors:", ...report.problems.slice(0, 10).map(({ problem, count }) => `  ${count} × ${problem}`));
  }
  if (report.busyLogLines.length > 0) {
    lines.push("", "Server log:", ...report.busyLogLines.slice(0, 5).map((logLine) => `  ${logLine}`));
  }
  lines.push("", ...verdict.notes);
  lines.push(verdict.passed ? "PASSED" : ["FAILED:", ...verdict.failures.map((failure) => `  ${failure}`)].join("\n"));
  return lines.join("\n");
}
