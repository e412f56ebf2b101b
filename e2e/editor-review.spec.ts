import { expect, test } from "@playwright/test";
import { DEMO_EDITOR_EMAIL, DEMO_WRITER_EMAIL } from "@/lib/demo/demo-accounts";
import { signIn } from "./helpers/auth";
import { bodyEditor, pressWorkflowButton, startStory, storyPath } from "./fixtures/editor";

const HEADLINE = "City Council Approves Protected Bike Lanes on Harbour Road";
const PARAGRAPH = "The council voted 7 to 2 on Tuesday to build protected bike lanes along Harbour Road by next spring.";

test("a writer's draft cannot be published by the writer; an editor publishes it", async ({ page, browser }) => {
  test.setTimeout(60_000);
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
  await pressWorkflowButton(page, "Save draft", /^Saved\.$/);
  const workflow = page.getByRole("region", { name: "Workflow" });
  await expect(workflow.getByRole("button", { name: "Publish" })).toHaveCount(0);
  await expect(workflow.getByRole("button", { name: "Schedule" })).toHaveCount(0);
  await expect(workflow.getByRole("button", { name: "Delete" })).toHaveCount(0);
  await pressWorkflowButton(page, "Submit for review", /^Submitted for review/);
  await expect(workflow).toContainText("Status: In review");
  const path = await storyPath(page);

  const reader = await (await browser.newContext()).newPage();
  expect((await reader.goto(path))?.status()).toBe(404);

  const editorContext = await browser.newContext();
  const editor = await editorContext.newPage();
  await signIn(editor, DEMO_EDITOR_EMAIL);
  await editor.goto("/editor?status=IN_REVIEW");
  await editor.getByRole("link", { name: HEADLINE }).click();
  await expect(editor.getByRole("heading", { level: 1, name: "Edit story" })).toBeVisible();
  await expect(editor.getByLabel("Headline", { exact: true })).toHaveValue(HEADLINE);
  await pressWorkflowButton(editor, "Publish", /^Published\.$/);

  await reader.goto(path);
  await expect(reader.getByRole("heading", { level: 1, name: HEADLINE })).toBeVisible();
  await expect(reader.getByText(PARAGRAPH)).toBeVisible();
  await editorContext.close();
  await reader.context().close();
});
