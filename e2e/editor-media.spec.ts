import { expect, type Page, test } from "@playwright/test";
import { DEMO_EDITOR_EMAIL } from "@/lib/demo/demo-accounts";
import { bodyEditor, photoPng, pressWorkflowButton, startStory, storyPath } from "./fixtures/editor";
import { signIn } from "./helpers/auth";
import { expectNoAxeViolations } from "./helpers/axe";

const HEADLINE = "Ferry Crews Rehearse a Winter Rescue in the Strait";
const ALT = "A rescue boat pulls alongside a ferry in grey water";
const CAPTION = "Crews practised a rescue off the north pier on Tuesday.";
const CREDIT = "Harbour Authority";
/** The story's own caption for the hero: a library image's words are the story's to change. */
const HERO_CAPTION = "The drill ran for three hours.";

/** Uploads a file through the library's "Upload image" and waits until its progress bar is full. */
async function uploadInLibrary(page: Page, name: string, color: string): Promise<void> {
  await page.goto("/editor/media");
  const upload = page.getByRole("region", { name: "Upload image" });
  await upload.getByLabel("Image file").setInputFiles({ name, mimeType: "image/png", buffer: await photoPng(color) });
  await upload.getByRole("button", { name: "Upload image" }).click();
  const progress = upload.getByRole("progressbar", { name: "Upload progress" });
  await expect(progress).toBeVisible();
  await expect(progress).toHaveAttribute("value", "1", { timeout: 15_000 });
  await expect(upload.getByRole("status")).toHaveText(`${name} is uploaded.`);
}

test("an image goes from the library into a story, and the library keeps it while the story uses it", async ({
  page,
  browser,
}) => {
  test.setTimeout(120_000);
  const run = Date.now().toString(36);
  const used = `ferry-${run}.png`;
  const spare = `spare-${run}.png`;
  await signIn(page, DEMO_EDITOR_EMAIL);
  await page.getByRole("navigation", { name: "Staff" }).getByRole("link", { name: "Media" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Media library" })).toBeVisible();
  await expectNoAxeViolations(page);

  // Upload, then describe it on its own page.
  await uploadInLibrary(page, used, "#2a5b7a");
  await page.getByRole("link", { name: `Describe ${used}: alt text, caption and credit` }).click();
  await expect(page.getByRole("heading", { level: 1, name: used })).toBeVisible();
  const details = page.getByRole("form", { name: "Image details" });
  await details.getByLabel("Alt text").fill(ALT);
  await details.getByLabel("Caption").fill(CAPTION);
  await details.getByLabel("Credit").fill(CREDIT);
  await details.getByRole("button", { name: "Save details" }).click();
  await expect(details.getByText(`The details of ${used} are saved.`)).toBeVisible();
  await expectNoAxeViolations(page);

  // The library finds it by its credit.
  await page.getByRole("link", { name: "Media library" }).click();
  await page.getByRole("searchbox", { name: "Search images" }).fill(CREDIT);
  await page.getByRole("button", { name: "Filter" }).click();
  await expect(page.getByRole("link", { name: used })).toBeVisible();

  // In a story: the body's image dialog, "Choose from library".
  await startStory(page, { headline: HEADLINE, paragraph: "Two ferries and a lifeboat took part in the drill." });
  await page.keyboard.press("Enter");
  await page.getByRole("button", { name: "Image", exact: true }).click();
  const imageDialog = page.getByRole("dialog", { name: "Insert an image" });
  await imageDialog.getByRole("button", { name: "Choose from library" }).click();
  const picker = page.getByRole("dialog", { name: "Choose from library" });
  await picker.getByLabel("Search images").fill(used);
  await expect(picker.getByRole("button", { name: new RegExp(used) })).toBeVisible();
  await expectNoAxeViolations(page);
  await picker.getByRole("button", { name: new RegExp(used) }).click();
  await expect(picker).toBeHidden();
  // The library's words come along, and stay the story's to change.
  await expect(imageDialog.getByLabel("Alt text")).toHaveValue(ALT);
  await expect(imageDialog.getByLabel("Caption")).toHaveValue(CAPTION);
  await expect(imageDialog.getByLabel("Credit")).toHaveValue(CREDIT);
  await imageDialog.getByRole("button", { name: "Insert image" }).click();
  await expect(imageDialog).toBeHidden();
  await expect(bodyEditor(page).locator("img")).toHaveCount(1);

  // The same image as the hero, from the hero field's own "Choose from library".
  const hero = page.getByRole("group", { name: "Hero image" });
  await hero.getByRole("button", { name: "Choose from library" }).click();
  await picker.getByLabel("Search images").fill(used);
  await picker.getByRole("button", { name: new RegExp(used) }).click();
  await expect(picker).toBeHidden();
  await expect(hero.locator("img")).toHaveAttribute("src", /^\/media\/[a-z0-9]+\.webp$/);
  await expect(hero.getByLabel("Alt text")).toHaveValue(ALT);
  await expect(hero.getByLabel("Credit")).toHaveValue(CREDIT);
  await expect(hero.getByLabel("Caption")).toHaveValue(CAPTION);
  await hero.getByLabel("Caption").fill(HERO_CAPTION);
  await pressWorkflowButton(page, "Publish", /^Published\.$/);
  const editorUrl = new URL(page.url()).pathname;
  const path = await storyPath(page);

  // The reader sees a figure with the caption and credit, and a responsive image.
  const reader = await (await browser.newContext()).newPage();
  await reader.goto(path);
  const article = reader.getByRole("article").first();
  await expect(article.getByRole("figure").filter({ hasText: HERO_CAPTION })).toContainText(CREDIT);
  const figure = article.getByRole("figure").filter({ hasText: CAPTION });
  await expect(figure).toContainText(CREDIT);
  const image = figure.getByRole("img", { name: ALT });
  await expect(image).toHaveAttribute("srcset", /-480\.webp 480w, .*-960\.webp 960w, .*\.webp 1200w/);
  await reader.context().close();

  // Used in the story, twice over: listed, and it cannot be deleted.
  await page.goto("/editor/media");
  await page.getByRole("link", { name: used }).click();
  const usedIn = page.getByRole("region", { name: "Used in" });
  await expect(usedIn.getByRole("link", { name: HEADLINE })).toHaveAttribute("href", editorUrl);
  await expect(usedIn).toContainText("hero image and inline image");
  const deletion = page.getByRole("region", { name: "Delete" });
  await expect(deletion).toContainText("cannot be deleted while it is used");
  await expect(deletion.getByRole("button", { name: "Delete image" })).toHaveCount(0);

  // An unused image can go.
  await uploadInLibrary(page, spare, "#7a2a5b");
  await page.getByRole("link", { name: `Describe ${spare}: alt text, caption and credit` }).click();
  await expect(page.getByRole("region", { name: "Used in" })).toHaveText(/Not used anywhere\./);
  await page.getByLabel(`Yes, delete ${spare}`).check();
  await page.getByRole("button", { name: "Delete image" }).click();
  await expect(page).toHaveURL(/\/editor\/media\?deleted=/);
  await expect(page.getByText(`${spare} is deleted.`)).toBeVisible();
  await expect(page.getByRole("link", { name: spare })).toHaveCount(0);
});
