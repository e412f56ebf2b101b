import { expect, type Page, test } from "@playwright/test";
import { DEMO_EDITOR_EMAIL } from "@/lib/demo/demo-accounts";
import { pressWorkflowButton, startStory, storyPath } from "./fixtures/editor";
import { signIn } from "./helpers/auth";
import { pageThroughVarnish, withItsPurge, xCache } from "./helpers/varnish";

/*
 * The newsroom and its readers both behind Varnish (deploy/varnish/byline.vcl),
 * as a newsroom runs it. Before each of the editor's actions the reader's
 * pages are shown to be in Varnish's cache (HIT), where they would stay for
 * five minutes; so the first request after the action can show the change
 * only if the app's purge (by the pages' xkey tags) reached Varnish.
 */
const PARAGRAPH = "The ferry will sail twice a day between the old harbour and the island from Monday.";
const DEK = "Timetables, fares and the new pier: what passengers need to know.";
const CORRECTION = "An earlier version of this story said the ferry sails three times a day; it sails twice.";

/** The reader's page at `path`, asked twice: the second answer must come from Varnish's cache. */
async function fromCache(reader: Page, path: string) {
  await reader.goto(path);
  const response = await reader.goto(path);
  expect(xCache(response), `${path} was cached before the editor's action`).toBe("HIT");
  return response!;
}

/** The first request for `path` after an action: fetched afresh, never the cached copy. */
async function firstAfter(reader: Page, path: string) {
  const response = await reader.goto(path);
  expect(xCache(response), `${path} after the editor's action`).toBe("MISS");
  return response!;
}

test("a reader behind Varnish sees a publish, an edit, a correction and an unpublish with the first request after each", async ({
  browser,
}) => {
  test.setTimeout(120_000);
  const headline = `Night Ferry Returns to the Harbour${test.info().retry ? ` (retry ${test.info().retry})` : ""}`;
  const editor = await pageThroughVarnish(browser);
  const reader = await pageThroughVarnish(browser);
  const story = (page: Page) => page.getByRole("article").first();

  await signIn(editor, DEMO_EDITOR_EMAIL);
  await startStory(editor, { headline, paragraph: PARAGRAPH });
  await editor.getByLabel("Section").selectOption({ label: "World" });
  await pressWorkflowButton(editor, "Save draft", /^Saved\.$/);
  const path = await storyPath(editor);

  // A draft is not there for readers, and that answer is cached like any page.
  expect((await fromCache(reader, path)).status()).toBe(404);
  await fromCache(reader, "/");
  await fromCache(reader, "/sections/world");
  await expect(reader.getByRole("main")).not.toContainText(headline);

  await withItsPurge(() => pressWorkflowButton(editor, "Publish", /^Published\.$/));
  expect((await firstAfter(reader, path)).status()).toBe(200);
  await expect(story(reader).getByRole("heading", { level: 1, name: headline })).toBeVisible();
  await firstAfter(reader, "/");
  await expect(reader.getByRole("main").getByRole("link", { name: headline }).first()).toBeVisible();
  await firstAfter(reader, "/sections/world");
  await expect(reader.getByRole("main").getByRole("link", { name: headline })).toBeVisible();

  // An edit of the live story.
  await fromCache(reader, path);
  await expect(story(reader)).not.toContainText(DEK);
  await editor.getByLabel("Dek").fill(DEK);
  await withItsPurge(() => pressWorkflowButton(editor, "Save changes", /^Saved\.$/));
  await firstAfter(reader, path);
  await expect(story(reader).getByText(DEK)).toBeVisible();

  // A correction, added under the story.
  await fromCache(reader, path);
  await expect(reader.getByRole("region", { name: "Corrections" })).toHaveCount(0);
  const corrections = editor.getByRole("region", { name: "Corrections" });
  await corrections.getByLabel("Correction", { exact: true }).fill(CORRECTION);
  await withItsPurge(async () => {
    await corrections.getByRole("button", { name: "Add correction" }).click();
    await expect(corrections.getByRole("status")).toHaveText(/Correction added/);
  });
  await firstAfter(reader, path);
  await expect(
    reader.getByRole("region", { name: "Corrections" }).getByRole("listitem").filter({ hasText: CORRECTION }),
  ).toBeVisible();

  // Unpublished: gone from its address and from the lists at once.
  await fromCache(reader, path);
  await fromCache(reader, "/sections/world");
  await withItsPurge(() => pressWorkflowButton(editor, "Unpublish", /^Unpublished/));
  expect((await firstAfter(reader, path)).status()).toBe(404);
  await firstAfter(reader, "/sections/world");
  await expect(reader.getByRole("main")).not.toContainText(headline);

  await editor.context().close();
  await reader.context().close();
});
