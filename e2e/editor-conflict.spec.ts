import path from "node:path";
import { expect, test } from "@playwright/test";
import Database from "better-sqlite3";
import { DEMO_ADMIN_EMAIL, DEMO_EDITOR_EMAIL } from "@/lib/demo/demo-accounts";
import { pressWorkflowButton, startStory } from "./fixtures/editor";
import { signIn } from "./helpers/auth";

/** The test clock: the story's lock last heard from its holder three minutes ago, past the two it lasts. */
function lapseLock(articleId: string): void {
  const database = new Database(path.join(process.env.E2E_DATA_DIR ?? "", "byline.db"));
  try {
    const threeMinutesAgo = new Date(Date.now() - 3 * 60_000).toISOString();
    const moved = database
      .prepare(`UPDATE "StoryLock" SET "heartbeatAt" = ? WHERE "articleId" = ?`)
      .run(threeMinutesAgo, articleId);
    expect(moved.changes).toBe(1);
  } finally {
    database.close();
  }
}

test("when an editor's lock lapses and someone else saves, the editor's later save is refused with who saved, and nothing is lost", async ({
  page,
  browser,
}) => {
  test.setTimeout(90_000);
  await signIn(page, DEMO_EDITOR_EMAIL);
  await startStory(page, {
    headline: "Ferry Timetable Changes for the Winter",
    paragraph: "Ferries will run every forty minutes from November.",
  });
  await pressWorkflowButton(page, "Save draft", /^Saved\.$/);
  const storyPath = new URL(page.url()).pathname;
  const articleId = storyPath.split("/").at(-1) ?? "";

  const otherContext = await browser.newContext();
  const other = await otherContext.newPage();
  await signIn(other, DEMO_ADMIN_EMAIL, undefined, { next: storyPath });
  await expect(other.getByText("Sam Okafor is editing this story.")).toBeVisible();

  // The editor's laptop sleeps with the story open: no heartbeat, and the lock lapses.
  await page.context().setOffline(true);
  lapseLock(articleId);

  // The admin's editor takes the free story at its next heartbeat, saves, and leaves it.
  await expect(other.getByLabel("Headline", { exact: true })).toBeEditable({ timeout: 15_000 });
  await other.getByLabel("Dek").fill("The admin's dek: fewer crossings, longer waits.");
  await pressWorkflowButton(other, "Save draft", /^Saved\.$/);
  await other.goto("/editor");
  await expect(other.getByRole("heading", { level: 1, name: "Desk" })).toBeVisible();

  // The editor wakes and saves the copy they had open.
  await page.context().setOffline(false);
  await page.getByLabel("Dek").fill("The editor's dek, typed on an older copy.");
  await page.getByRole("region", { name: "Workflow" }).getByRole("button", { name: "Save draft" }).click();
  const conflict = page.getByRole("alert").filter({ hasText: "after you opened it" });
  await expect(conflict).toContainText(/^Avery Stone saved this story at .+, after you opened it\./);
  await expect(conflict.getByRole("link", { name: "Open the latest version in a new tab" })).toHaveAttribute(
    "target",
    "_blank",
  );
  await expect(page.getByLabel("Dek")).toHaveValue("The editor's dek, typed on an older copy.");

  await other.goto(storyPath);
  await expect(other.getByLabel("Dek")).toHaveValue("The admin's dek: fewer crossings, longer waits.");
  await otherContext.close();
});
