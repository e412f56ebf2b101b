import { waitForUrl } from "../scripts/servers";
import { startVarnish } from "../scripts/varnish";
import { E2E_NEWSROOM_PORT, E2E_PORT, E2E_VARNISH_PORT } from "./helpers/site";

/**
 * Global setup: Varnish with deploy/varnish/byline.vcl in front of the servers
 * under test, for the journeys in e2e/varnish-*.spec.ts (the others talk to
 * `next start` directly): readers to the one on E2E_PORT, the staff to the
 * newsroom's (scripts/e2e-server.ts), as `npm run serve:cached` runs them.
 * Both purge it on every change, as in production (VARNISH_URL, set in
 * playwright.config.ts). Playwright waits for the first server; this waits
 * for the newsroom's. Varnish's work folder reaches the tests as
 * E2E_VARNISH_DIR, for varnishstat. Fails the run, with how to install it,
 * when Varnish is missing.
 */
export default async function varnishInFront(): Promise<() => Promise<void>> {
  await waitForUrl(`http://127.0.0.1:${E2E_NEWSROOM_PORT}/api/health`, { timeoutMs: 120_000 });
  const varnish = await startVarnish({
    listen: `127.0.0.1:${E2E_VARNISH_PORT}`,
    backend: { host: "127.0.0.1", port: E2E_PORT },
    newsroom: { host: "127.0.0.1", port: E2E_NEWSROOM_PORT },
  });
  process.env.E2E_VARNISH_DIR = varnish.workDir;
  return () => varnish.stop();
}
