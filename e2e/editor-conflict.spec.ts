import { expect, test } from "@playwright/test";
import { DEMO_ADMIN_EMAIL, DEMO_EDITOR_EMAIL } from "@/lib/demo/demo-accounts";
import { pressWorkflowButton, startStory } from "./fixtures/editor";
import { signIn } from "./helpers/auth";

test("when two people edit one story, the second save is refused with who saved first, and nothing is lost", async ({
  page,
  browser,
}) => {
  test.setTimeout(60_000);
  await signIn(page, DEMO_EDITOR_EMAIL);
  await startStory(page, {
    headline: "Ferry Timetable Changes for the Winter",
    paragraph: "Ferries will run every forty minutes from November.",
  });
  await pressWorkflowButton(page, "Save draft", /^Saved\.$/);
  const storyUrl = page.url();

  const otherContext = await browser.newContext();
  const other = await otherContext.newPage();
  await signIn(other, DEMO_ADMIN_EMAIL, undefined, { next: new URL(storyUrl).pathname });
  await expect(other.getByLabel("Headline", { exact: true })).toHaveValue("Ferry Timetable Changes for the Winter");

  await page.getByLabel("Dek").fill("The editor's dek: fewer crossings, longer waits.");
  await pressWorkflowButton(page, "Save draft", /^Saved\.$/);

  // The editor still has the story open, so the admin takes it over to type.
  await other.getByRole("button", { name: "Take over" }).click();
  await other.getByLabel("Dek").fill("The admin's dek, typed on an older copy.");
  await other.getByRole("region", { name: "Workflow" }).getByRole("button", { name: "Save draft" }).click();
  const conflict = other.getByRole("alert").filter({ hasText: "after you opened it" });
  await expect(conflict).toContainText(/^Sam Okafor saved this story at .+, after you opened it\./);
  await expect(conflict.getByRole("link", { name: "Open the latest version in a new tab" })).toHaveAttribute(
    "target",
    "_blank",
  );
  await expect(other.getByLabel("Dek")).toHaveValue("The admin's dek, typed on an older copy.");

  await page.reload();
  await expect(page.getByLabel("Dek")).toHaveValue("The editor's dek: fewer crossings, longer waits.");
  await otherContext.close();
});
