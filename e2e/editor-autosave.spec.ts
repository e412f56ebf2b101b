import { expect, type Page, test } from "@playwright/test";
import { DEMO_EDITOR_EMAIL, DEMO_WRITER_EMAIL } from "@/lib/demo/demo-accounts";
import { bodyEditor, pressWorkflowButton, startStory, storyPath } from "./fixtures/editor";
import { signIn } from "./helpers/auth";
import { expectNoAxeViolations } from "./helpers/axe";

/** The workflow panel's status line, where autosave reports. */
const saveStatus = (page: Page) => page.getByRole("region", { name: "Workflow" }).getByRole("status");

test("typing into a published story autosaves without changing what readers see, until someone saves", async ({
  page,
  context,
}) => {
  test.setTimeout(90_000);
  await signIn(page, DEMO_EDITOR_EMAIL);
  await startStory(page, {
    headline: "Harbour Ferry Adds a Night Crossing",
    paragraph: "A late ferry will leave the harbour at midnight from Friday.",
  });
  await page.getByLabel("Dek").fill("One more crossing a day.");
  await pressWorkflowButton(page, "Publish", /^Published\.$/);
  const path = await storyPath(page);

  const newDek = "A midnight crossing, every day of the week, from Friday.";
  await page.getByLabel("Dek").fill(newDek);
  await expect(saveStatus(page)).toHaveText(/^Saved/, { timeout: 15_000 });
  await expect(saveStatus(page)).toContainText("not live yet");

  const reader = await context.newPage();
  await reader.goto(path);
  await expect(reader.getByText("One more crossing a day.")).toBeVisible();
  await expect(reader.getByText(newDek)).toHaveCount(0);

  // Reopening the story shows the changes waiting to go live, in the form.
  await page.reload();
  const notice = page.getByRole("region", { name: "Changes not live yet" });
  await expect(notice).toContainText(/^Changes autosaved by Sam Okafor at .+ are not live yet/);
  await expect(page.getByLabel("Dek")).toHaveValue(newDek);
  await expectNoAxeViolations(page);

  await pressWorkflowButton(page, "Save changes", /^Saved\.$/);
  await expect(notice).toHaveCount(0);
  await reader.reload();
  await expect(reader.getByText(newDek)).toBeVisible();
  await page.reload();
  await expect(page.getByLabel("Dek")).toHaveValue(newDek);
  await expect(page.getByRole("region", { name: "Changes not live yet" })).toHaveCount(0);
});

test("a writer's draft saves itself a few seconds after typing stops, and stays a draft", async ({ page }) => {
  test.setTimeout(90_000);
  await signIn(page, DEMO_WRITER_EMAIL);
  await startStory(page, {
    headline: "Night Market Returns to the Old Tram Depot",
    paragraph: "Stalls open at six.",
  });
  await pressWorkflowButton(page, "Save draft", /^Saved\.$/);
  await expect(page.getByRole("link", { name: "History" })).toBeVisible();

  await bodyEditor(page).click();
  await page.keyboard.press("End");
  await page.keyboard.type(" Forty traders have signed up.");
  await expect(saveStatus(page))
    .toHaveText("Saving…", { timeout: 10_000 })
    .catch(() => {});
  await expect(saveStatus(page)).toHaveText("Saved", { timeout: 15_000 });
  await expect(page.getByRole("region", { name: "Workflow" })).toContainText("Status: Draft · version 2");

  await page.reload();
  await expect(bodyEditor(page)).toContainText("Stalls open at six. Forty traders have signed up.");
  await expect(page.getByRole("region", { name: "Workflow" })).toContainText("Status: Draft");
});

test("an autosave that cannot be saved says why in the status line and writes nothing", async ({ page, context }) => {
  test.setTimeout(90_000);
  await signIn(page, DEMO_WRITER_EMAIL);
  await startStory(page, { headline: "Tram Depot Market Moves Indoors", paragraph: "Rain is forecast." });
  await pressWorkflowButton(page, "Save draft", /^Saved\.$/);

  await page.getByLabel("Headline", { exact: true }).fill("");
  await expect(saveStatus(page)).toHaveText("Not saved: Headline is required.", { timeout: 15_000 });
  const other = await context.newPage();
  await other.goto(page.url());
  await expect(other.getByLabel("Headline", { exact: true })).toHaveValue("Tram Depot Market Moves Indoors");
});
