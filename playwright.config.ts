import path from "node:path";
import { defineConfig, devices } from "@playwright/test";
import { E2E_NEWSROOM_PORT, E2E_PORT, E2E_SITE_URL, E2E_VARNISH_URL } from "./e2e/helpers/site";

/**
 * End-to-end tests run against a production build (`next build` first, see
 * the test:e2e script) served by `next start` on a throwaway SQLite file,
 * made afresh each run. Workers inherit E2E_DATA_DIR from the main process, so everyone agrees on
 * which database this run uses.
 */
process.env.E2E_DATA_DIR ??= path.resolve("data", "e2e");

const READS_SEEDED_CONTENT = /\/(reader|a11y|feeds|search)-(?!.*freshness)[^/]*\.spec\.ts$/;

const browser = {
  ...devices["Desktop Chrome"],
  launchOptions: {
    // Debian's Chromium, never a downloaded browser.
    executablePath: process.env.CHROMIUM_PATH ?? "/usr/bin/chromium",
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

export default defineConfig({
  testDir: "e2e",
  fullyParallel: false,
  workers: 1,
  retries: process.env.CI ? 1 : 0,
  forbidOnly: Boolean(process.env.CI),
  reporter: process.env.CI ? [["list"]] : [["list"], ["html", { open: "never" }]],
  timeout: 30_000,
  use: {
    baseURL: E2E_SITE_URL,
    trace: "retain-on-failure",
    screenshot: "only-on-failure",
  },
  // Varnish in front of the server, for e2e/varnish-*.spec.ts; started after the server, stopped before it.
  globalSetup: "./e2e/varnish-in-front.ts",
  projects: [
    // Journeys that read the demo content as seeded run first; journeys that
    // publish, schedule or edit stories (and so change the home page) run after,
    // among them those through Varnish (e2e/varnish-*.spec.ts).
    { name: "reader", testMatch: READS_SEEDED_CONTENT, use: browser },
    { name: "newsroom", testIgnore: READS_SEEDED_CONTENT, dependencies: ["reader"], use: browser },
  ],
  webServer: {
    command: `tsx --conditions=react-server scripts/e2e-server.ts`,
    url: `${E2E_SITE_URL}/api/health`,
    timeout: 120_000,
    reuseExistingServer: false,
    // Both servers of scripts/e2e-server.ts stop as Next does on SIGTERM: requests in flight answered, the database closed.
    gracefulShutdown: { signal: "SIGTERM", timeout: 20_000 },
    stdout: "pipe",
    stderr: "pipe",
    env: {
      E2E_DATA_DIR: process.env.E2E_DATA_DIR,
      PORT: String(E2E_PORT),
      E2E_NEWSROOM_PORT: String(E2E_NEWSROOM_PORT),
      NEXT_TELEMETRY_DISABLED: "1",
      // e2e/admin-webhooks.spec.ts's receiver listens on this machine.
      WEBHOOKS_ALLOW_PRIVATE: "true",
      // Every change purges the Varnish in front, as in production.
      VARNISH_URL: `${E2E_VARNISH_URL}/`,
    },
  },
});
