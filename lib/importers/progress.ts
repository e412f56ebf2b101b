import type { Tally } from "./report";

/**
 * Progress of an import on the terminal: a bar redrawn in place with the
 * counts so far and the time left, on standard error so standard output
 * keeps only the report. Where standard error is not a terminal (a log, CI),
 * a plain line at every tenth of the way instead.
 */

export type ProgressStream = { isTTY?: boolean; write(chunk: string): unknown };

const BAR_WIDTH = 24;
/** A terminal is redrawn at most this often: a fast import would spend its time drawing. */
const REDRAW_MS = 100;

export function renderProgress(tally: Tally, elapsedMs: number): string {
  const share = tally.total ? tally.done / tally.total : 1;
  const filled = Math.round(share * BAR_WIDTH);
  const bar = `[${"#".repeat(filled)}${"-".repeat(BAR_WIDTH - filled)}]`;
  const counts = `imported ${tally.imported} · updated ${tally.updated} · skipped ${tally.skipped} · failed ${tally.failed}`;
  return `${bar} ${tally.done}/${tally.total} ${Math.floor(share * 100)}% · ${counts} · ${timeLeft(tally, elapsedMs)}`;
}

function timeLeft({ done, total }: Tally, elapsedMs: number): string {
  if (done >= total) return `done in ${duration(elapsedMs)}`;
  if (done === 0) return "time left unknown";
  return `about ${duration((elapsedMs / done) * (total - done))} left`;
}

export function duration(ms: number): string {
  const seconds = Math.round(ms / 1000);
  if (seconds < 60) return `${seconds} s`;
  const minutes = Math.floor(seconds / 60);
  if (minutes < 60) return `${minutes} min ${seconds % 60} s`;
  return `${Math.floor(minutes / 60)} h ${minutes % 60} min`;
}

export type ProgressReporter = { update(tally: Tally): void; finish(): void };

export function progressReporter(stream: ProgressStream, clock: () => number = Date.now): ProgressReporter {
  const started = clock();
  let lastDrawn = Number.NEGATIVE_INFINITY;
  let lastTenth = -1;
  let drawn = false;
  return {
    update(tally) {
      const now = clock();
      const finished = tally.done >= tally.total;
      if (stream.isTTY) {
        if (!finished && now - lastDrawn < REDRAW_MS) return;
        lastDrawn = now;
        drawn = true;
        // \r and "erase to end of line": the bar replaces itself.
        stream.write(`\r${renderProgress(tally, now - started)}\x1b[K`);
        return;
      }
      const tenth = tally.total ? Math.floor((tally.done / tally.total) * 10) : 10;
      if (tenth === lastTenth) return;
      lastTenth = tenth;
      stream.write(`${renderProgress(tally, now - started)}\n`);
    },
    finish() {
      if (drawn) stream.write("\n");
    },
  };
}
