import { existsSync } from "node:fs";
import path from "node:path";
import { defineConfig, devices, type Project } from "@playwright/test";
import {
  E2E_NEWSROOM_PORT,
  E2E_PORT,
  E2E_POSTGRES_PORT,
  E2E_POSTGRES_SECOND_PORT,
  E2E_POSTGRES_URL,
  E2E_SITE_URL,
  E2E_VARNISH_URL,
  type SiteUnderTest,
} from "./e2e/helpers/site";

/**
 * End-to-end tests run against a production build (`next build` first, see
 * the test:e2e script) served by `next start` on a throwaway SQLite file,
 * made afresh each run. Workers inherit E2E_DATA_DIR from the main process, so everyone agrees on
 * which database this run uses. The reader and editor journeys also run,
 * at the same time, against the same build on a throwaway PostgreSQL cluster.
 */
process.env.E2E_DATA_DIR ??= path.resolve("data", "e2e");
const postgresDataDir = `${process.env.E2E_DATA_DIR}-postgresql`;

const READS_SEEDED_CONTENT = /\/(reader|a11y|feeds|search)-(?!.*freshness)[^/]*\.spec\.ts$/;

/**
 * The journeys run again on PostgreSQL: readers' (browsing, a story,
 * structured data, search, feeds) and the editor's, with the two-server
 * journey (e2e/site-servers.spec.ts, which runs only here). Left out: those
 * that write the SQLite file themselves (e2e/helpers/stories.ts,
 * editor-conflict), editor-schedule (the two-server journey schedules a story
 * on PostgreSQL), and those about one server's disk, process or Varnish,
 * which the database does not change.
 */
const READER_ON_POSTGRESQL = /\/(reader-(browse|article|structured-data)|search-stories|feeds-distribution)\.spec\.ts$/;
const NEWSROOM_ON_POSTGRESQL = /\/(editor-(?!conflict|preview|schedule)[^/]*|site-servers)\.spec\.ts$/;
const ONLY_ON_POSTGRESQL = /\/site-servers\.spec\.ts$/;

const onSqlite: SiteUnderTest = { database: "sqlite", secondServerUrl: `http://127.0.0.1:${E2E_NEWSROOM_PORT}` };
const onPostgres: SiteUnderTest = {
  database: "postgresql",
  secondServerUrl: `http://127.0.0.1:${E2E_POSTGRES_SECOND_PORT}`,
};

/**
 * Debian's Chromium, never a downloaded browser: its headless shell
 * (chromium-headless-shell), the lighter build Playwright itself runs
 * headless, which halved the browser's share of the journeys' CPU here; the
 * full browser if only that is installed.
 */
const DEBIAN_CHROMIUM = ["/usr/bin/chromium-headless-shell", "/usr/bin/chromium"];

const browser = {
  ...devices["Desktop Chrome"],
  launchOptions: {
    executablePath: process.env.CHROMIUM_PATH ?? DEBIAN_CHROMIUM.find((file) => existsSync(file)) ?? DEBIAN_CHROMIUM[0],
    args: [
      "--no-sandbox",
      "--disable-gpu",
      "--disable-background-networking",
      "--disable-component-update",
      "--disable-sync",
      "--no-first-run",
    ],
  },
};

/** Each project's journeys run one after another, whatever the run's number of workers. */
function oneAtATime(projects: Project[]): Project[] {
  return projects.map((project) => ({ ...project, workers: 1 }));
}

/** The two servers of scripts/e2e-server.ts, waited for at `url`, with `env` on top of this process's. */
function siteServersOn(url: string, env: Record<string, string | undefined>) {
  return {
    command: "tsx --conditions=react-server scripts/e2e-server.ts",
    url: `${url}/api/health`,
    timeout: 180_000,
    reuseExistingServer: false,
    // Both servers stop as Next does on SIGTERM: requests in flight answered, the database closed.
    gracefulShutdown: { signal: "SIGTERM" as const, timeout: 20_000 },
    stdout: "pipe" as const,
    stderr: "pipe" as const,
    env: { ...env, NEXT_TELEMETRY_DISABLED: "1" },
  };
}

export default defineConfig({
  testDir: "e2e",
  fullyParallel: false,
  // The SQLite chain of journeys and the PostgreSQL chain run side by side:
  // they share no server, database or data folder. Within a chain, journeys
  // run one at a time (oneAtATime below), since each changes what the next one sees.
  workers: 2,
  retries: process.env.CI ? 1 : 0,
  forbidOnly: Boolean(process.env.CI),
  reporter: process.env.CI ? [["list"]] : [["list"], ["html", { open: "never" }]],
  // Two chains of journeys share two cores: a long journey (a dozen sign-ins) can pass 30 s there.
  timeout: 60_000,
  use: {
    baseURL: E2E_SITE_URL,
    // Recording a trace of every journey cost a quarter of their time; a failure is run again with one.
    trace: process.env.CI ? "on-first-retry" : "retain-on-failure",
    screenshot: "only-on-failure",
  },
  // Varnish in front of the server, for e2e/varnish-*.spec.ts; started after the server, stopped before it.
  globalSetup: "./e2e/varnish-in-front.ts",
  projects: oneAtATime([
    // Journeys that read the demo content as seeded run first; journeys that
    // publish, schedule or edit stories (and so change the home page) run after,
    // among them those through Varnish (e2e/varnish-*.spec.ts).
    { name: "reader", testMatch: READS_SEEDED_CONTENT, use: browser, metadata: onSqlite },
    {
      name: "newsroom",
      testIgnore: [READS_SEEDED_CONTENT, ONLY_ON_POSTGRESQL],
      dependencies: ["reader"],
      use: browser,
      metadata: onSqlite,
    },
    {
      name: "reader-postgresql",
      testMatch: READER_ON_POSTGRESQL,
      use: { ...browser, baseURL: E2E_POSTGRES_URL },
      metadata: onPostgres,
    },
    {
      name: "newsroom-postgresql",
      testMatch: NEWSROOM_ON_POSTGRESQL,
      dependencies: ["reader-postgresql"],
      use: { ...browser, baseURL: E2E_POSTGRES_URL },
      metadata: onPostgres,
    },
  ]),
  webServer: [
    siteServersOn(E2E_SITE_URL, {
      E2E_DATA_DIR: process.env.E2E_DATA_DIR,
      PORT: String(E2E_PORT),
      E2E_NEWSROOM_PORT: String(E2E_NEWSROOM_PORT),
      // e2e/admin-webhooks.spec.ts's receiver listens on this machine.
      WEBHOOKS_ALLOW_PRIVATE: "true",
      // Every change purges the Varnish in front, as in production.
      VARNISH_URL: `${E2E_VARNISH_URL}/`,
    }),
    siteServersOn(E2E_POSTGRES_URL, {
      E2E_DATABASE: "postgresql",
      E2E_DATA_DIR: postgresDataDir,
      PORT: String(E2E_POSTGRES_PORT),
      E2E_NEWSROOM_PORT: String(E2E_POSTGRES_SECOND_PORT),
    }),
  ],
});
