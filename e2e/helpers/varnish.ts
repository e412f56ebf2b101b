import { execFile } from "node:child_process";
import { promisify } from "node:util";
import { type APIResponse, type Browser, expect, type Response } from "@playwright/test";
import { findVarnishProgram } from "../../scripts/varnish";
import { E2E_VARNISH_URL } from "./site";

const run = promisify(execFile);

/** Varnish's verdict on a response (byline.vcl's X-Cache): HIT, MISS or PASS. */
export function xCache(response: Response | APIResponse | null): string | undefined {
  return response?.headers()["x-cache"];
}

/** A browser of its own whose relative addresses go through the shared Varnish, as a reader's do. */
export async function pageThroughVarnish(browser: Browser) {
  const context = await browser.newContext({ baseURL: E2E_VARNISH_URL });
  return context.newPage();
}

/**
 * How many PURGEs the shared Varnish has answered: its synthetic responses,
 * which byline.vcl makes for nothing else.
 */
async function purgesAnswered(): Promise<number> {
  const workDir = process.env.E2E_VARNISH_DIR;
  const varnishstat = findVarnishProgram("varnishstat");
  if (!workDir || !varnishstat) {
    throw new Error("No Varnish to ask: it is started by e2e/varnish-in-front.ts (globalSetup).");
  }
  const { stdout } = await run(varnishstat, ["-n", workDir, "-1", "-f", "MAIN.s_synth"], { encoding: "utf8" });
  return Number(stdout.trim().split(/\s+/)[1]);
}

/**
 * Does an editor's action and waits until Varnish has answered the purge the
 * app sends once the action's response has gone (lib/cache/tags.ts): the
 * action is then complete, and the next reader must see its result.
 */
export async function withItsPurge(action: () => Promise<void>): Promise<void> {
  const before = await purgesAnswered();
  await action();
  await expect
    .poll(purgesAnswered, { message: "the app purged Varnish after the editor's action", timeout: 15_000 })
    .toBeGreaterThan(before);
}
