import { spawnSync } from "node:child_process";
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { describe, expect, it } from "vitest";

/** Runs `npm run serve:cached` with these settings; each refusal below ends it before anything starts. */
function serveCached(env: Record<string, string>) {
  return spawnSync(path.resolve("node_modules/.bin/tsx"), ["--conditions=react-server", "scripts/serve-cached.ts"], {
    env: { ...process.env, PORT: "3590", ...env },
    encoding: "utf8",
    timeout: 30_000,
  });
}

describe("npm run serve:cached", { timeout: 30_000 }, () => {
  it("refuses to start without a production build, and says how to make one", () => {
    const run = serveCached({ NEXT_DIST_DIR: "no-such-build" });
    expect(run.status).toBe(1);
    expect(run.stderr).toContain("No production build in no-such-build/. Run `npm run build` first.");
  });

  it("refuses to start without Varnish, and says how to install it", () => {
    const build = mkdtempSync(path.join(os.tmpdir(), "byline-build-"));
    writeFileSync(path.join(build, "BUILD_ID"), "test");
    try {
      const run = serveCached({ NEXT_DIST_DIR: build, VARNISHD: "/no/such/varnishd" });
      expect(run.status).toBe(1);
      expect(run.stderr).toContain("apt-get install varnish varnish-modules");
    } finally {
      rmSync(build, { recursive: true, force: true });
    }
  });

  it("refuses a port Next would share with Varnish", () => {
    const run = serveCached({ NEXT_PORT: "3590" });
    expect(run.status).toBe(1);
    expect(run.stderr).toContain("NEXT_PORT must differ from PORT");
  });

  it("refuses a newsroom port shared with Varnish or the readers' server", () => {
    const clashes: Record<string, string>[] = [{ NEWSROOM_PORT: "3590" }, { NEXT_PORT: "3595", NEWSROOM_PORT: "3595" }];
    for (const ports of clashes) {
      const run = serveCached(ports);
      expect(run.status).toBe(1);
      expect(run.stderr).toContain("NEWSROOM_PORT must differ from PORT and NEXT_PORT");
    }
  });
});
