import { expect, test } from "@playwright/test";
import { DEMO_EDITOR_EMAIL } from "@/lib/demo/demo-accounts";
import { readWireStory } from "@/lib/testing/fixtures";
import { bodyEditor, pressWorkflowButton } from "./fixtures/editor";
import { signIn } from "./helpers/auth";

const BOLTON = "Trump Delays Putin Meeting Until 'After the Russia Witch Hunt is Over,' Bolton Says";

test("pasting our wire story fills the editor's fields for review, and they save as shown", async ({ page }) => {
  await signIn(page, DEMO_EDITOR_EMAIL);
  await page.goto("/editor/articles/new");

  await page.getByRole("button", { name: "Paste wire story" }).click();
  const dialog = page.getByRole("dialog", { name: "Paste wire story" });
  await dialog.getByLabel("Wire story text").fill(readWireStory());
  await dialog.getByRole("button", { name: "Fill in fields" }).click();
  await expect(dialog).toBeHidden();
  await expect(page.getByRole("status").filter({ hasText: "filled in from the wire story" })).toBeVisible();

  await expect(page.getByLabel("Headline", { exact: true })).toHaveValue("Putin Invites Trump to Moscow");
  await expect(page.getByLabel("Slug")).toHaveValue("putin-invites-trump-to-moscow");
  await expect(page.getByLabel("Publication time")).toHaveValue("2018-07-28T00:00");
  await expect(page.getByRole("group", { name: "Bylines" }).getByRole("listitem")).toHaveText([/^Reuters \(agency\)/]);
  await expect(page.getByLabel("Credit")).toHaveValue("Kremlin.ru");
  await expect(page.getByLabel("Source name")).toHaveValue("The Moscow Times");
  await expect(page.getByLabel("Original URL")).toHaveValue(
    "https://www.themoscowtimes.com/2018/07/28/putin-invites-trump-to-moscow-a62371",
  );
  const body = bodyEditor(page);
  await expect(body).toContainText(
    "Vladimir Putin offered on Friday to host Donald Trump in Moscow, and the White House answered within hours",
  );
  await expect(body).toContainText("according to press secretary Sarah Sanders.");
  await expect(body).toContainText('"The invitation is on the table, and it has been for some time,"');
  await expect(body.locator("aside")).toHaveText(`Related article: ${BOLTON}`);
  await expect(page.getByText("Status: Draft")).toBeVisible();

  // Nothing was saved yet; saving keeps what was filled in, and the seeded story's slug makes this one numbered.
  await pressWorkflowButton(page, "Save draft", /^Saved\.$/);
  await page.reload();
  await expect(page.getByLabel("Slug")).toHaveValue(/^putin-invites-trump-to-moscow-\d+$/);
  await expect(bodyEditor(page).locator("aside")).toHaveText(`Related article: ${BOLTON}`);
  await expect(page.getByLabel("Credit")).toHaveValue("Kremlin.ru");
});
