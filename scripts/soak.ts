/**
 * `npm run soak -- [--seconds 60] [--readers 50] [--editors 5] [--pause-ms 1000] [--varnish]`: readers and
 * editors at once against `next start` on a copy of the configured site's
 * data (README, "Soak"). Prints counts, errors, conflicts and latencies per
 * kind of request; exits 1 on any 5xx, SQLITE_BUSY reaching a user or the
 * log, any error, or any acknowledged save missing afterwards. Run
 * `npm run build` first.
 */
import "dotenv/config";
import { databaseFile, mediaDir } from "@/lib/env";
import { fail } from "./cli";
import { parseSoakArguments } from "./soak/options";
import { renderReport } from "./soak/report";
import { runSoak } from "./soak/run";

const parsed = parseSoakArguments(process.argv.slice(2));
if (!parsed.ok) fail(parsed.message);

const { "pause-ms": pauseMs, ...options } = parsed.options;

const stop = new AbortController();
process.once("SIGINT", () => {
  console.error("\nStopping the load early; the server is stopped and the database checked before the report.");
  stop.abort();
});

try {
  const report = await runSoak({
    source: { databaseFile: databaseFile(), mediaDir: mediaDir() },
    ...options,
    pauseMs,
    signal: stop.signal,
    log: (line) => console.log(line),
  });
  console.log(`\n${renderReport(report)}`);
  process.exit(report.verdict.passed ? 0 : 1);
} catch (error) {
  fail(`The soak stopped: ${error instanceof Error ? error.message : String(error)}`);
}
