import { type Browser, expect, type Page, test } from "@playwright/test";
import Database from "better-sqlite3";
import { DEMO_EDITOR_EMAIL, DEMO_PASSWORD } from "@/lib/demo/demo-accounts";
import { makeReadOnly } from "@/lib/testing/read-only-file";
import { signIn } from "./helpers/auth";
import { type OwnServer, startOwnServer } from "./helpers/own-server";
import { E2E_PORT } from "./helpers/site";

/**
 * The database file turns read-only under a running site (a disk remounted
 * read-only, a full disk, an operator's chmod): readers must not notice,
 * saves must be refused with a message that says so, and nothing may be
 * half-written. Its own server, since this one is stopped and broken.
 */

const CANNOT_WRITE =
  "Byline could not save: the database cannot be written just now (the disk may be full or read-only). Nothing was changed; your text is still here. Try again, or tell an administrator.";

type Story = { id: string; slug: string; headline: string; version: number };

/** The newest published story, and what the database holds about it, as a save would change it. */
function storyState(databaseFile: string, id?: string) {
  const database = new Database(databaseFile, { readonly: true });
  try {
    const story = database
      .prepare(
        `SELECT "id", "slug", "headline", "version" FROM "Article"
         WHERE ${id ? `"id" = ?` : `"status" = 'PUBLISHED'`} ORDER BY "publishedAt" DESC LIMIT 1`,
      )
      .get(...(id ? [id] : [])) as Story;
    const count = (sql: string) => (database.prepare(sql).get(story.id) as { n: number }).n;
    return {
      story,
      revisions: count(`SELECT count(*) AS n FROM "Revision" WHERE "articleId" = ?`),
      auditEvents: count(`SELECT count(*) AS n FROM "AuditEvent" WHERE "targetId" = ?`),
    };
  } finally {
    database.close();
  }
}

/**
 * Nobody holds the story open: the copy this server runs on is taken from
 * the shared run, where an earlier journey may have left the same editor's
 * lock from another tab, which would refuse the save for that reason first.
 */
function releaseLocks(databaseFile: string, articleId: string): void {
  const database = new Database(databaseFile);
  try {
    database.prepare(`DELETE FROM "StoryLock" WHERE "articleId" = ?`).run(articleId);
  } finally {
    database.close();
  }
}

/** A word of the headline that search will find it by. */
function searchWord(headline: string): string {
  return [...headline.matchAll(/[A-Za-z]{5,}/g)].map(([word]) => word).sort((a, b) => b.length - a.length)[0] ?? "";
}

async function anonymousReader(browser: Browser, server: OwnServer): Promise<Page> {
  return (await browser.newContext({ baseURL: server.url })).newPage();
}

test("on a read-only database readers keep reading, and saves and sign-ins are refused with a clear message", async ({
  browser,
}) => {
  test.setTimeout(180_000);
  const server = await startOwnServer({ name: "read-only", port: E2E_PORT + 5 });
  const before = storyState(server.databaseFile);
  const { story } = before;
  let undoReadOnly: (() => void) | null = null;
  try {
    const editorContext = await browser.newContext({ baseURL: server.url });
    const editor = await editorContext.newPage();
    await signIn(editor, DEMO_EDITOR_EMAIL);

    await server.signal("SIGTERM");
    releaseLocks(server.databaseFile, story.id);
    undoReadOnly = makeReadOnly(server.databaseFile);
    test.skip(!undoReadOnly, "This process can write to the database file whatever its mode (root without chattr).");
    await server.restart();

    // Readers: the home page, a story (rendered, then from the cache), a search (never cached).
    const reader = await anonymousReader(browser, server);
    expect((await reader.goto("/"))?.status()).toBe(200);
    await expect(reader.getByRole("link", { name: story.headline }).first()).toBeVisible();
    expect((await reader.goto(`/articles/${story.slug}`))?.status()).toBe(200);
    const cached = await reader.goto(`/articles/${story.slug}`);
    expect(cached?.status()).toBe(200);
    expect(cached?.headers()["x-nextjs-cache"]).toBe("HIT");
    await expect(reader.getByRole("heading", { level: 1, name: story.headline })).toBeVisible();
    const word = searchWord(story.headline);
    expect((await reader.goto(`/search?q=${encodeURIComponent(word)}`))?.status()).toBe(200);
    await expect(reader.getByRole("link", { name: story.headline }).first()).toBeVisible();

    // Alive, but not ready, and saying why.
    expect((await fetch(`${server.url}/api/health`)).status).toBe(200);
    const ready = await fetch(`${server.url}/api/health/ready`);
    expect(ready.status).toBe(503);
    expect(ready.headers.get("cache-control")).toBe("no-store");
    expect(await ready.json()).toEqual({
      status: "not ready",
      reasons: ["The database is not writable: attempt to write a readonly database (SQLITE_READONLY)."],
    });

    // The editor, signed in before: opens the story, changes it, and is told the save did not happen.
    await editor.goto(`/editor/articles/${story.id}`);
    const headline = editor.getByLabel("Headline", { exact: true });
    await expect(headline).toHaveValue(story.headline);
    // The story lock's heartbeat is refused too, and says so in its own words: only the save speaks of saving.
    await expect(
      editor.getByRole("alert").filter({ hasText: "Your hold on this story could not be renewed" }),
    ).toBeVisible({ timeout: 15_000 });
    await headline.fill(`${story.headline} (updated)`);
    await editor.getByRole("region", { name: "Workflow" }).getByRole("button", { name: "Save changes" }).click();
    await expect(editor.getByRole("alert").filter({ hasText: CANNOT_WRITE })).toBeVisible({ timeout: 15_000 });
    await expect(headline).toHaveValue(`${story.headline} (updated)`);

    // Someone signing in now: refused with a message, not a server error, and not told their password is wrong.
    const newcomer = await anonymousReader(browser, server);
    const serverErrors: string[] = [];
    newcomer.on("response", (response) => {
      if (response.status() >= 500) serverErrors.push(`${response.status()} ${response.url()}`);
    });
    await newcomer.goto("/login");
    await newcomer.getByLabel("Email").fill(DEMO_EDITOR_EMAIL);
    await newcomer.getByLabel("Password", { exact: true }).fill(DEMO_PASSWORD);
    await newcomer.getByRole("button", { name: "Sign in" }).click();
    // Within the page: Next's route announcer is an alert too.
    const refusal = newcomer.getByRole("main").getByRole("alert");
    await expect(refusal).toHaveText(
      "Signing in is not possible just now: the database cannot be written (the disk may be full or read-only). Tell an administrator.",
      { timeout: 15_000 },
    );
    expect(new URL(newcomer.url()).pathname).toBe("/login");
    expect(serverErrors).toEqual([]);
  } finally {
    await server.stop();
    undoReadOnly?.();
  }

  // Writable again: the story is as it was, with no revision or audit event from the refused save.
  expect(storyState(server.databaseFile, story.id)).toEqual(before);
});
