import { expect, test } from "@playwright/test";
import { SAVE_STORY_API } from "@/lib/articles/history-paths";
import { DEMO_ADMIN_EMAIL, DEMO_EDITOR_EMAIL, DEMO_WRITER_EMAIL } from "@/lib/demo/demo-accounts";
import { bodyEditor, pressWorkflowButton, startStory, storyPath } from "./fixtures/editor";
import { signIn } from "./helpers/auth";

const HEADLINE = "City Council Approves Protected Bike Lanes on Harbour Road";
const THAI_CAVE = "All 12 Boys and Their Coach Rescued From Flooded Thai Cave";
const HEAT_WAVE = "Japan Records Its Highest Temperature Ever as Deadly Heat Wave Grips the Country";
const PARAGRAPH =
  "The council voted 7 to 2 on Tuesday to build protected bike lanes along Harbour Road by next spring.";

test("a writer's draft cannot be published by the writer, not even by a forged request; an editor publishes it", async ({
  page,
  browser,
}) => {
  test.setTimeout(90_000);
  await signIn(page, DEMO_WRITER_EMAIL);
  await startStory(page, { headline: HEADLINE, paragraph: PARAGRAPH });

  // A mistake is shown beside its field, and nothing typed is lost.
  await page.getByLabel("Headline", { exact: true }).fill("");
  await page.getByRole("region", { name: "Workflow" }).getByRole("button", { name: "Save draft" }).click();
  await expect(page.getByRole("alert").filter({ hasText: "correct the fields" })).toBeVisible();
  await expect(page.getByText("Headline is required.")).toBeVisible();
  await expect(page.getByLabel("Headline", { exact: true })).toHaveAccessibleDescription(/Headline is required/);
  await expect(bodyEditor(page)).toHaveText(PARAGRAPH);

  await page.getByLabel("Headline", { exact: true }).fill(HEADLINE);

  // Leaving with unsaved changes asks first; staying keeps everything.
  page.once("dialog", (dialog) => {
    expect(dialog.message()).toMatch(/changes that are not saved/);
    void dialog.dismiss();
  });
  await page.getByRole("navigation", { name: "Staff" }).getByRole("link", { name: "Stories" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "New story" })).toBeVisible();
  await expect(bodyEditor(page)).toHaveText(PARAGRAPH);

  // Two related stories, the second moved to the top with the keyboard.
  const related = page.getByRole("group", { name: "Related articles" });
  for (const [search, headline] of [
    ["Thai Cave", THAI_CAVE],
    ["Heat Wave", HEAT_WAVE],
  ] as const) {
    await related.getByLabel("Find a related article").fill(search);
    await related.getByRole("button", { name: headline }).click();
  }
  await related.getByRole("button", { name: `Move ${HEAT_WAVE} up` }).focus();
  await page.keyboard.press("Enter");
  await expect(related.getByRole("listitem")).toHaveText([new RegExp(HEAT_WAVE), new RegExp(THAI_CAVE)]);
  await expect(related.getByRole("button", { name: `Move ${HEAT_WAVE} down` })).toBeFocused();

  await pressWorkflowButton(page, "Save draft", /^Saved\.$/);
  const workflow = page.getByRole("region", { name: "Workflow" });
  await expect(workflow.getByRole("button", { name: "Publish" })).toHaveCount(0);
  await expect(workflow.getByRole("button", { name: "Schedule" })).toHaveCount(0);
  await expect(workflow.getByRole("button", { name: "Delete" })).toHaveCount(0);
  const [submission] = await Promise.all([
    page.waitForRequest((request) => request.method() === "POST" && request.url().endsWith(SAVE_STORY_API)),
    pressWorkflowButton(page, "Submit for review", /^Submitted for review/),
  ]);
  await expect(workflow).toContainText("Status: In review");
  const path = await storyPath(page);

  // The same request forged into "publish" by hand is refused (and audited, checked below).
  const forged = await page.request.post(submission.url(), {
    headers: { "content-type": "application/json", origin: new URL(page.url()).origin },
    data: submission.postData()!.replace('"action":"submit"', '"action":"publish"'),
  });
  expect(forged.status()).toBe(403);
  expect(await forged.json()).toMatchObject({ ok: false, message: "Only editors and admins may publish stories." });

  // The preview shows the draft in the reader layout, to staff only, marked and not indexed.
  const previewPath = `${new URL(page.url()).pathname}/preview`;
  await page.goto(previewPath);
  await expect(page.getByRole("note")).toContainText("Preview of the last saved version (In review)");
  await expect(page.getByRole("heading", { level: 1, name: HEADLINE })).toBeVisible();
  await expect(page.locator('meta[name="robots"]')).toHaveAttribute("content", /noindex/);

  const reader = await (await browser.newContext()).newPage();
  expect((await reader.goto(path))?.status()).toBe(404);
  await reader.goto(previewPath);
  await expect(reader).toHaveURL(/\/login\?next=/);

  const editorContext = await browser.newContext();
  const editor = await editorContext.newPage();
  await signIn(editor, DEMO_EDITOR_EMAIL);
  await editor.goto("/editor/articles?status=IN_REVIEW");
  await editor.getByRole("link", { name: HEADLINE }).click();
  await expect(editor.getByRole("heading", { level: 1, name: "Edit story" })).toBeVisible();
  await expect(editor.getByLabel("Headline", { exact: true })).toHaveValue(HEADLINE);
  await pressWorkflowButton(editor, "Publish", /^Published\.$/);

  await reader.goto(path);
  await expect(reader.getByRole("heading", { level: 1, name: HEADLINE })).toBeVisible();
  await expect(reader.getByText(PARAGRAPH)).toBeVisible();
  const readerRelated = reader.getByRole("region", { name: "Related articles" }).getByRole("heading", { level: 3 });
  await expect(readerRelated).toHaveText([HEAT_WAVE, THAI_CAVE]);
  await editorContext.close();
  await reader.context().close();

  const adminContext = await browser.newContext();
  const admin = await adminContext.newPage();
  await signIn(admin, DEMO_ADMIN_EMAIL, undefined, { next: "/admin/audit" });
  const log = admin.getByRole("table");
  for (const action of ["article.denied", "article.publish"])
    await expect(log.getByRole("cell", { name: action, exact: true }).first()).toBeVisible();
  await adminContext.close();
});
