import { expect, type Page, test } from "@playwright/test";
import { DEMO_EDITOR_EMAIL, DEMO_WRITER_EMAIL } from "@/lib/demo/demo-accounts";
import { bodyEditor, pressWorkflowButton, startStory } from "./fixtures/editor";
import { signIn } from "./helpers/auth";
import { expectNoAxeViolations } from "./helpers/axe";

const FIRST = {
  headline: "Harbour Bridge Closes for Repairs",
  paragraph: "The old bridge will close in March for painting.",
};
const SECOND_HEADLINE = "Harbour Bridge Closes for Winter Repairs";
const THIRD = {
  headline: "Harbour Bridge Reopens After Repairs",
  paragraph: "The old bridge reopened in June after painting.",
};

/** The history table's row for one version. */
function versionRow(page: Page, version: number) {
  return page
    .getByRole("table", { name: "Versions of this story" })
    .getByRole("row")
    .filter({ has: page.getByRole("rowheader", { name: new RegExp(`^Version ${version}\\b`) }) });
}

/** The number of the history's first row: the newest version. */
async function newestVersion(page: Page): Promise<number> {
  const heading = await page
    .getByRole("rowheader", { name: /^Version \d+/ })
    .first()
    .textContent();
  return Number(heading?.match(/\d+/)?.[0]);
}

test("an editor compares two versions word by word, restores the older one and keeps both in the history", async ({
  page,
  browser,
}) => {
  test.setTimeout(120_000);
  await signIn(page, DEMO_EDITOR_EMAIL);
  await startStory(page, FIRST);
  await pressWorkflowButton(page, "Save draft", /^Saved\.$/);
  const storyPath = new URL(page.url()).pathname;

  await page.getByLabel("Headline", { exact: true }).fill(SECOND_HEADLINE);
  await pressWorkflowButton(page, "Save draft", /^Saved\.$/);

  await page.getByLabel("Headline", { exact: true }).fill(THIRD.headline);
  await bodyEditor(page).click();
  await page.keyboard.press("ControlOrMeta+A");
  await page.keyboard.type(THIRD.paragraph);
  await pressWorkflowButton(page, "Save draft", /^Saved\.$/);

  await page.getByRole("link", { name: "History", exact: true }).click();
  await expect(page.getByRole("heading", { level: 1, name: `History: ${THIRD.headline}` })).toBeVisible();
  // Autosave may have added versions between the saves: count from the newest.
  const newest = await newestVersion(page);
  expect(newest).toBeGreaterThanOrEqual(3);
  await expect(versionRow(page, newest)).toContainText("Current");
  await expect(versionRow(page, newest)).toContainText("Headline, Body");
  await expect(versionRow(page, 1)).toContainText("First version");
  await expectNoAxeViolations(page);

  await page.getByLabel("Compare version").fill("1");
  await page.getByLabel("with version").fill(String(newest));
  await page.getByRole("button", { name: "Compare" }).click();
  await expect(page.getByRole("heading", { level: 1, name: `Compare versions: ${THIRD.headline}` })).toBeVisible();
  const headline = page.getByRole("region", { name: "Headline" });
  await expect(headline.locator("del")).toHaveText(["[deleted: Closes for]"]);
  await expect(headline.locator("ins")).toHaveText(["[inserted: Reopens After]"]);
  const body = page.getByRole("region", { name: /^Body text/ });
  await expect(body.locator("del")).toContainText(["will close", "March for"]);
  await expect(body.locator("ins")).toContainText(["reopened", "June after"]);
  await expect(page.getByRole("region", { name: "Other changes" })).toContainText("No other field differs.");
  await expectNoAxeViolations(page);

  await page.getByRole("link", { name: "Restore this version (version 1)" }).click();
  await expect(page.getByRole("status").filter({ hasText: "Version 1 is loaded" })).toBeVisible({ timeout: 15_000 });
  await expect(page.getByLabel("Headline", { exact: true })).toHaveValue(FIRST.headline);
  await expect(bodyEditor(page)).toContainText(FIRST.paragraph);
  await pressWorkflowButton(page, "Save draft", /^Saved\.$/);
  await expect(page).toHaveURL(new RegExp(`${storyPath}$`));

  await page.goto(`${storyPath}/history`);
  await expect(page.getByRole("heading", { level: 1, name: `History: ${FIRST.headline}` })).toBeVisible();
  expect(await newestVersion(page)).toBeGreaterThan(newest);
  await expect(page.getByRole("row").nth(1)).toContainText("Current");
  // The version after the replaced one is the restore (autosave may have saved it before the button did).
  await expect(versionRow(page, newest + 1)).toContainText("Headline, Body");
  await expect(versionRow(page, newest).getByRole("link", { name: /^Restore this version/ })).toBeVisible();

  // A writer may not see an editor's story, nor its history.
  const writerContext = await browser.newContext();
  const writer = await writerContext.newPage();
  await signIn(writer, DEMO_WRITER_EMAIL);
  const response = await writer.goto(`${storyPath}/history`);
  expect(response?.status()).toBe(403);
  await expect(writer.getByRole("heading", { level: 1 })).toHaveText("You do not have access to this page");
  await writerContext.close();
});
