import { existsSync, statSync } from "node:fs";
import http from "node:http";
import { expect, test } from "@playwright/test";
import { DEMO_EDITOR_EMAIL, DEMO_PASSWORD } from "@/lib/demo/demo-accounts";
import { signInStaff } from "@/lib/testing/staff-client";
import { startOwnServer } from "./helpers/own-server";
import { E2E_PORT } from "./helpers/site";
import { integrityCheck, missingSaves, storyReferences } from "./helpers/story-integrity";
import { acknowledgedSave, fullStoryForm } from "./helpers/story-saves";

/**
 * SIGTERM, as a service manager or a container runtime stops the site: Next
 * stops taking connections, finishes the requests it has, and exits; the
 * database connections close on exit (lib/db.ts), which checkpoints the WAL
 * into the database file and removes it.
 */

const SAVES_IN_FLIGHT = 16;

/** Whether a new connection to `port` is refused (rather than answered, or anything else). */
function newConnectionRefused(port: number): Promise<boolean> {
  return new Promise((resolve) => {
    const request = http.get({ host: "127.0.0.1", port, path: "/api/health", agent: false }, (response) => {
      response.resume();
      resolve(false);
    });
    request.on("error", (error: NodeJS.ErrnoException) => resolve(error.code === "ECONNREFUSED"));
  });
}

function fileSize(file: string): number | null {
  return existsSync(file) ? statSync(file).size : null;
}

test("SIGTERM finishes the saves in flight, refuses new connections, closes the database and exits", async () => {
  test.setTimeout(120_000);
  const port = E2E_PORT + 4;
  const server = await startOwnServer({ name: "graceful-stop", port });
  try {
    const references = storyReferences(server.databaseFile);
    const editor = await signInStaff(server.url, DEMO_EDITOR_EMAIL, DEMO_PASSWORD);
    const run = Date.now().toString(36);

    let answered = 0;
    const saves = Array.from({ length: SAVES_IN_FLIGHT }, (_, n) => {
      const fields = fullStoryForm(references, {
        headline: `Stopping ${run} story ${n}`,
        slug: `stopping-${run}-${n}`,
        ownTag: `Stopping ${run}`,
      });
      return acknowledgedSave(editor, { articleId: null, baseVersion: null, action: "save", fields }).finally(() => {
        answered++;
      });
    });
    // Once one is answered the server has taken all of them and is working through the rest.
    await Promise.race(saves);
    const unansweredAtSignal = SAVES_IN_FLIGHT - answered;
    const walWhileRunning = fileSize(`${server.databaseFile}-wal`) ?? 0;

    let exitedAt: number | null = null;
    const ended = server.signal("SIGTERM").then((outcome) => {
      exitedAt = Date.now();
      return outcome;
    });
    await expect.poll(() => newConnectionRefused(port), { intervals: [10] }).toBe(true);
    const refusedWhileRunning = exitedAt === null;

    const acknowledged = await Promise.all(saves);
    const outcome = await Promise.race([
      ended,
      new Promise<never>((_, reject) =>
        setTimeout(() => reject(new Error("The server did not exit by itself within 30 s of SIGTERM.")), 30_000),
      ),
    ]);

    expect(unansweredAtSignal).toBeGreaterThan(0);
    expect(refusedWhileRunning).toBe(true);
    expect(acknowledged).toHaveLength(SAVES_IN_FLIGHT);
    expect([143, 0]).toContain(outcome.code);
    expect(outcome.signal).toBeNull();
    // The WAL held the saves while the site ran; closing the last connection folded it into the database.
    expect(walWhileRunning).toBeGreaterThan(0);
    expect(fileSize(`${server.databaseFile}-wal`) ?? 0).toBe(0);
    test.info().annotations.push({
      type: "graceful stop",
      description: `${unansweredAtSignal} of ${SAVES_IN_FLIGHT} saves unanswered at SIGTERM, all answered; exit code ${outcome.code}; WAL ${walWhileRunning} bytes while running, ${fileSize(`${server.databaseFile}-wal`) ?? "no file"} after exit`,
    });
    expect(integrityCheck(server.databaseFile)).toEqual(["ok"]);
    expect(missingSaves(server.databaseFile, acknowledged)).toEqual([]);
  } finally {
    await server.stop();
  }
});
