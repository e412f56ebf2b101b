import { expect, test } from "@playwright/test";
import { DEMO_ADMIN_EMAIL } from "@/lib/demo/demo-accounts";
import { bodyEditor, pressWorkflowButton, startStory } from "./fixtures/editor";
import { newColleague, signIn } from "./helpers/auth";
import { expectNoAxeViolations } from "./helpers/axe";

const run = Date.now().toString(36);
const HEADLINE = `Harbour Ferry Strike Called Off ${run}`;
const SAVED = "Crews accepted the new rota late on Sunday.";
const UNSAVED = " Talks on pay resume next month.";
const UNSAVED_DEK = "A dek typed but never saved.";
const WATCHED_DEK = "A dek Nora's autosave stored while Omar watched.";

test("a second editor sees who is editing, takes over, and the first editor keeps their unsaved text, read-only", async ({
  page: admin,
  browser,
}) => {
  test.setTimeout(120_000);
  await signIn(admin, DEMO_ADMIN_EMAIL);
  const first = await newColleague(browser, admin, { name: `Nora Lindqvist ${run}`, role: "Editor" });
  const second = await newColleague(browser, admin, { name: `Omar Haddad ${run}`, role: "Editor" });
  const nora = first.page;
  const omar = second.page;

  await startStory(nora, { headline: HEADLINE, paragraph: SAVED });
  await pressWorkflowButton(nora, "Save draft", /^Saved\.$/);
  await expect(nora.getByRole("heading", { level: 1, name: "Edit story" })).toBeVisible();
  const storyPath = new URL(nora.url()).pathname;
  // Typed, not saved.
  await bodyEditor(nora).click();
  await nora.keyboard.press("End");
  await nora.keyboard.type(UNSAVED);
  await nora.getByLabel("Dek").fill(UNSAVED_DEK);

  // Omar opens the story: Nora has it, so his editor is read-only until he takes over.
  await omar.goto(storyPath);
  const editing = omar.getByRole("status").filter({ hasText: `Nora Lindqvist ${run} is editing this story.` });
  await expect(editing).toBeVisible();
  await expect(omar.getByLabel("Headline", { exact: true })).toHaveValue(HEADLINE);
  await expect(omar.getByLabel("Headline", { exact: true })).not.toBeEditable();
  await expect(bodyEditor(omar)).not.toBeEditable();
  await expect(nora.getByText(`Also open by Omar Haddad ${run}.`)).toBeVisible({ timeout: 10_000 });
  await expectNoAxeViolations(omar);

  // While Omar watches, Nora's autosave stores a change his read-only form does not show.
  await nora.getByLabel("Dek").fill(WATCHED_DEK);
  const noraStatus = nora.getByRole("region", { name: "Workflow" }).getByRole("status");
  await expect(noraStatus).toHaveText("Saved", { timeout: 15_000 });
  await expect(omar.getByLabel("Dek")).not.toHaveValue(WATCHED_DEK);

  await editing.getByRole("button", { name: "Take over" }).click();
  await expect(omar.getByLabel("Headline", { exact: true })).toBeEditable();
  await expect(editing).toHaveCount(0);
  // He edits the story as Nora left it, never the copy he watched: nothing of hers is written over.
  await expect(omar.getByLabel("Dek")).toHaveValue(WATCHED_DEK);

  // Nora learns it within a heartbeat or two; what she typed is still there to copy.
  const takenOver = nora.getByRole("alert").filter({ hasText: `Omar Haddad ${run} took over this story.` });
  await expect(takenOver).toBeVisible({ timeout: 12_000 });
  await expect(takenOver).toContainText("Your unsaved changes are still on screen");
  await expect(nora.getByLabel("Headline", { exact: true })).not.toBeEditable();
  await expect(bodyEditor(nora)).not.toBeEditable();
  await expect(bodyEditor(nora)).toHaveText(SAVED + UNSAVED);
  await expect(nora.getByLabel("Dek")).toHaveValue(WATCHED_DEK);
  await expectNoAxeViolations(nora);

  // The admin's audit log names who took the story from whom.
  await admin.goto("/admin/audit?action=article.takeover");
  const row = admin.getByRole("row").filter({ hasText: second.email });
  await expect(row).toHaveCount(1);
  await expect(row).toContainText(HEADLINE);
  await expect(row).toContainText(`from: Nora Lindqvist ${run}`);

  await first.context.close();
  await second.context.close();
});
