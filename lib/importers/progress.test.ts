import { describe, expect, it } from "vitest";
import { duration, progressReporter, renderProgress } from "./progress";
import type { Tally } from "./report";

const tally = (done: number, total = 200): Tally => ({
  done,
  total,
  imported: Math.max(done - 2, 0),
  updated: 0,
  skipped: Math.min(done, 1),
  failed: Math.min(Math.max(done - 1, 0), 1),
});

function stream(isTTY: boolean) {
  const chunks: string[] = [];
  return { isTTY, chunks, write: (chunk: string) => chunks.push(chunk) };
}

describe("renderProgress", () => {
  it("shows the bar, the counts and the time left from the pace so far", () => {
    expect(renderProgress(tally(50), 10_000)).toBe(
      "[######------------------] 50/200 25% · imported 48 · updated 0 · skipped 1 · failed 1 · about 30 s left",
    );
    expect(renderProgress(tally(200), 125_000)).toMatch(/\[#{24}\] 200\/200 100% .* done in 2 min 5 s$/);
    expect(renderProgress(tally(0), 0)).toMatch(/time left unknown$/);
  });

  it("says long times in hours and minutes", () => {
    expect(duration(3_725_000)).toBe("1 h 2 min");
  });
});

describe("progressReporter", () => {
  it("redraws one line in place on a terminal, at most ten times a second, ending with a newline", () => {
    const terminal = stream(true);
    let now = 0;
    const reporter = progressReporter(terminal, () => now);
    for (let done = 1; done <= 200; done++) {
      now += 10;
      reporter.update(tally(done));
    }
    reporter.finish();
    // 2 seconds of work: about twenty redraws, not two hundred, and always the last.
    expect(terminal.chunks.length).toBeLessThanOrEqual(22);
    expect(terminal.chunks.every((chunk, i, all) => i === all.length - 1 || chunk.startsWith("\r"))).toBe(true);
    expect(terminal.chunks.at(-2)).toContain("200/200");
    expect(terminal.chunks.at(-1)).toBe("\n");
  });

  it("writes a plain line at every tenth elsewhere, for logs", () => {
    const log = stream(false);
    const reporter = progressReporter(log, () => 0);
    for (let done = 1; done <= 200; done++) reporter.update(tally(done));
    reporter.finish();
    // The first post, then 10%, 20% … 100%.
    expect(log.chunks).toHaveLength(11);
    expect(log.chunks[0]).toContain("1/200 0%");
    expect(log.chunks.every((line) => line.endsWith("\n") && !line.includes("\r"))).toBe(true);
    expect(log.chunks.at(-1)).toContain("200/200 100%");
  });
});
