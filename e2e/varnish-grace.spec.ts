import { mkdirSync, rmSync } from "node:fs";
import path from "node:path";
import { expect, test } from "@playwright/test";
import Database from "better-sqlite3";
import { startNextServer, stopProcessGroup, waitForUrl } from "../scripts/servers";
import { startVarnish } from "../scripts/varnish";
import { E2E_PORT } from "./helpers/site";
import { xCache } from "./helpers/varnish";

/*
 * The app goes down; Varnish keeps serving what it holds. This journey stops
 * a server, so it runs its own: a second `next start` on a copy of the
 * end-to-end database, with its own Varnish in front (the shared server and
 * its Varnish carry on for the other journeys).
 */
const APP_PORT = E2E_PORT + 2;
const VARNISH_PORT = E2E_PORT + 3;
const STORY = { path: "/articles/putin-invites-trump-to-moscow", headline: "Putin Invites Trump to Moscow" };
const NEVER_ASKED = "/articles/longest-lunar-eclipse-century";

test("when the app stops, readers still get the stories Varnish holds, fresh or within their grace", async ({
  page,
}) => {
  test.setTimeout(120_000);
  const dataDir = `${process.env.E2E_DATA_DIR}-grace`;
  rmSync(dataDir, { recursive: true, force: true });
  mkdirSync(dataDir, { recursive: true });
  const source = new Database(path.join(process.env.E2E_DATA_DIR!, "byline.db"), { readonly: true });
  await source.backup(path.join(dataDir, "byline.db"));
  source.close();

  const app = startNextServer({
    port: APP_PORT,
    host: "127.0.0.1",
    stdio: "ignore",
    env: {
      ...process.env,
      BYLINE_DATA_DIR: dataDir,
      DATABASE_URL: `file:${path.join(dataDir, "byline.db")}`,
      MEDIA_DIR: path.join(dataDir, "media"),
      VARNISH_URL: `http://127.0.0.1:${VARNISH_PORT}/`,
    },
  });
  const varnish = await startVarnish({
    listen: `127.0.0.1:${VARNISH_PORT}`,
    backend: { host: "127.0.0.1", port: APP_PORT },
  }).catch(async (error) => {
    await stopProcessGroup(app);
    throw error;
  });
  const backendIs = async () => ((await varnish.admin("backend.list")).match(/\b(healthy|sick)\b/) ?? [])[0];
  const purge = (header: "xkey-purge" | "xkey-softpurge", keys: string) =>
    page.request.fetch(varnish.url, { method: "PURGE", headers: { [header]: keys } });

  try {
    await waitForUrl(`${varnish.url}/api/health`, { process: app, timeoutMs: 60_000 });
    await page.goto(`${varnish.url}${STORY.path}`);
    expect(xCache(await page.goto(`${varnish.url}${STORY.path}`))).toBe("HIT");

    await stopProcessGroup(app);
    await expect
      .poll(backendIs, { message: "Varnish's health check finds the app gone", timeout: 20_000 })
      .toBe("sick");

    // Within its lifetime, the copy is simply served.
    const fresh = await page.goto(`${varnish.url}${STORY.path}`);
    expect(fresh?.status()).toBe(200);
    expect(xCache(fresh)).toBe("HIT");
    await expect(page.getByRole("heading", { level: 1, name: STORY.headline })).toBeVisible();

    // Past it (a soft purge ends every page's lifetime, keeping them for grace), it is served stale.
    expect((await purge("xkey-softpurge", "taxonomy")).status()).toBe(200);
    const stale = await page.goto(`${varnish.url}${STORY.path}`);
    expect(stale?.status()).toBe(200);
    expect(xCache(stale)).toBe("HIT");
    await expect(page.getByRole("heading", { level: 1, name: STORY.headline })).toBeVisible();
    const ttl = (
      await page.request.get(`${varnish.url}${STORY.path}`, { headers: { "x-byline-debug": "1" } })
    ).headers()["x-cache-ttl"];
    expect(Number(ttl)).toBeLessThan(0);

    // What Varnish does not hold cannot be had: the app really is down.
    const missing = await page.goto(`${varnish.url}${NEVER_ASKED}`);
    expect(missing?.status()).toBe(503);
    await expect(page.getByText("The site is briefly unavailable")).toBeVisible();

    // A hard purge leaves nothing to serve, not even in grace.
    expect((await purge("xkey-purge", "taxonomy")).status()).toBe(200);
    expect((await page.goto(`${varnish.url}${STORY.path}`))?.status()).toBe(503);
  } finally {
    await varnish.stop();
    await stopProcessGroup(app);
    rmSync(dataDir, { recursive: true, force: true });
  }
});
