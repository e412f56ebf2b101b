import { expect, test } from "@playwright/test";
import { DEMO_WRITER_EMAIL } from "@/lib/demo/demo-accounts";
import { bodyEditor, pressWorkflowButton, startStory } from "./fixtures/editor";
import { signIn } from "./helpers/auth";
import { expectNoAxeViolations } from "./helpers/axe";

/** "This browser kept changes…": what the editor offers back after a tab closed mid-edit. */
const RECOVERY = /This browser kept changes to this story that were not saved/;

test("a new story typed into a tab that then closed is offered back, and restored", async ({ page, context }) => {
  test.setTimeout(60_000);
  await signIn(page, DEMO_WRITER_EMAIL);
  await startStory(page, {
    headline: "Ice Rink Opens Early After a Cold Snap",
    paragraph: "Skaters were on the ice by nine.",
  });
  // Closed at once, long before anything could be saved.
  await page.close();

  const reopened = await context.newPage();
  await reopened.goto("/editor/articles/new");
  const offer = reopened.getByRole("region", { name: RECOVERY });
  await expect(offer).toBeVisible({ timeout: 15_000 });
  await expect(offer.getByRole("listitem")).toContainText([
    "Headline: “Ice Rink Opens Early After a Cold Snap”",
    "Slug: “ice-rink-opens-early-after-a-cold-snap”",
    "Body",
  ]);
  await expect(reopened.getByLabel("Headline", { exact: true })).toHaveValue("");
  await expectNoAxeViolations(reopened);

  await offer.getByRole("button", { name: "Restore unsaved changes" }).click();
  await expect(offer).toHaveCount(0);
  await expect(reopened.getByLabel("Headline", { exact: true })).toHaveValue("Ice Rink Opens Early After a Cold Snap");
  await expect(bodyEditor(reopened)).toContainText("Skaters were on the ice by nine.");

  await pressWorkflowButton(reopened, "Save draft", /^Saved\.$/);
  await expect(reopened.getByRole("heading", { level: 1, name: "Edit story" })).toBeVisible();
  await reopened.goto("/editor/articles/new");
  await expect(reopened.getByRole("heading", { level: 1, name: "New story" })).toBeVisible();
  await expect(reopened.getByRole("region", { name: RECOVERY })).toHaveCount(0);
});

test("changes to a saved story from a tab that closed are listed, and Discard drops them", async ({
  page,
  context,
}) => {
  test.setTimeout(60_000);
  await signIn(page, DEMO_WRITER_EMAIL);
  await startStory(page, { headline: "Library Extends Its Opening Hours", paragraph: "Open until ten." });
  await pressWorkflowButton(page, "Save draft", /^Saved\.$/);
  const storyUrl = page.url();

  await page.getByLabel("Dek").fill("Late nights on weekdays.");
  await page.close();

  const reopened = await context.newPage();
  await reopened.goto(storyUrl);
  const offer = reopened.getByRole("region", { name: RECOVERY });
  await expect(offer.getByRole("listitem")).toHaveText(["Dek: “Late nights on weekdays.”"], { timeout: 15_000 });
  await expect(reopened.getByLabel("Dek")).toHaveValue("");

  await offer.getByRole("button", { name: "Discard" }).click();
  await expect(offer).toHaveCount(0);
  await expect(reopened.getByLabel("Dek")).toHaveValue("");
  await reopened.reload();
  await expect(reopened.getByLabel("Headline", { exact: true })).toHaveValue("Library Extends Its Opening Hours");
  await expect(reopened.getByRole("region", { name: RECOVERY })).toHaveCount(0);
});
