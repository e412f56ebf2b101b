import path from "node:path";
import { expect, test } from "@playwright/test";
import { renderReport, type SoakReport } from "../scripts/soak/report";
import { runSoak, type SoakOptions } from "../scripts/soak/run";
import { E2E_PORT } from "./helpers/site";

/**
 * `npm run soak` in short: ten seconds of 50 readers and 5 editors (as fast
 * as the server answers: the most writes ten seconds can hold) on a copy of
 * the end-to-end database. Latency is printed, never asserted (README,
 * "Soak"); what must hold on any machine is that nothing failed and nothing
 * acknowledged was lost.
 */
async function shortSoak(options: Pick<SoakOptions, "port" | "varnish">): Promise<SoakReport> {
  const dataDir = process.env.E2E_DATA_DIR!;
  const report = await runSoak({
    source: { databaseFile: path.join(dataDir, "byline.db"), mediaDir: path.join(dataDir, "media") },
    seconds: 10,
    readers: 50,
    editors: 5,
    pauseMs: 0,
    ...options,
  });
  const printed = renderReport(report);
  await test.info().attach("soak report", { body: printed, contentType: "text/plain" });
  console.log(printed);

  expect(report.verdict.failures).toEqual([]);
  expect(report.serverErrors).toBe(0);
  expect(report.busyAnswers + report.busyLogLines.length).toBe(0);
  expect(report.verification.integrity).toBe("ok");
  expect(report.verification.lostSaves).toEqual([]);
  expect(report.verification.lostCorrections).toEqual([]);
  for (const kind of ["read", "save", "publish", "correction"] as const) {
    expect(report.kinds[kind].errors, `${kind} errors`).toBe(0);
    expect(report.kinds[kind].ok, `${kind}s answered`).toBeGreaterThan(0);
  }
  expect(report.verification.checkedSaves).toBeGreaterThanOrEqual(report.kinds.save.ok + report.kinds.publish.ok);
  return report;
}

test("fifty readers and five editors for ten seconds: no error, nothing lost", async () => {
  test.setTimeout(240_000);
  const report = await shortSoak({ port: E2E_PORT + 6 });
  expect(report.throughVarnish).toBe(false);
});

/**
 * The site as `npm run serve:cached` runs it: Varnish in front of a server
 * for readers and one for the newsroom, each save expiring the other's pages
 * and purging Varnish while the crowd reads.
 */
test("the same through Varnish, with the newsroom on a server of its own", async () => {
  test.setTimeout(240_000);
  const report = await shortSoak({ varnish: true });
  expect(report.throughVarnish).toBe(true);
});
