import { expect, type Page, test } from "@playwright/test";
import { DEMO_EDITOR_EMAIL } from "@/lib/demo/demo-accounts";
import { signIn } from "./helpers/auth";
import { expectNoAxeViolations } from "./helpers/axe";
import { insertStories } from "./helpers/stories";

// Axe runs twice on the preview.
test.describe.configure({ timeout: 90_000 });

/** The story's own <article> (related cards are articles too), without the reader page's JSON-LD. */
async function storyMarkup(page: Page): Promise<string> {
  const html = await page.locator("main > article").evaluate((article) => article.outerHTML);
  return html.replace(/<script type="application\/ld\+json">.*?<\/script>/g, "");
}

test("an editor corrects and tags a published story, and the preview shows both as the reader page does", async ({
  page,
  browser,
}) => {
  // A story of its own, so a retry does not meet the first try's correction and tags.
  const suffix = Date.now().toString(36).slice(-5);
  const slug = `lighthouse-relit-${suffix}`;
  const headline = `Lighthouse relit after a century ${suffix}`;
  const newTag = { name: `Lighthouses ${suffix}`, slug: `lighthouses-${suffix}` };
  const correction = `An earlier version of this story said the lamp was lit in 1925 (${suffix}); it was 1926.`;
  await insertStories([
    { slug, headline, status: "PUBLISHED", publishedAt: new Date(Date.now() - 2 * 86_400_000), section: "world" },
  ]);

  await signIn(page, DEMO_EDITOR_EMAIL);
  await page.goto(`/editor/articles/e2e-${slug}`);
  await expect(page.getByRole("heading", { level: 1, name: "Edit story" })).toBeVisible({ timeout: 15_000 });

  const tags = page.getByRole("group", { name: "Tags" });
  for (const name of ["Cybersecurity", newTag.name]) {
    await tags.getByLabel("Add a tag").fill(name);
    await tags.getByRole("button", { name: "Add tag", exact: true }).click();
    await expect(tags.getByRole("button", { name: `Remove tag ${name}` })).toBeVisible();
  }
  await page.getByRole("region", { name: "Workflow" }).getByRole("button", { name: "Save changes" }).click();
  await expect(page.getByRole("region", { name: "Workflow" })).not.toContainText("unsaved changes", {
    timeout: 15_000,
  });

  const corrections = page.getByRole("region", { name: "Corrections" });
  await corrections.getByLabel("Correction", { exact: true }).fill(correction);
  await corrections.getByRole("button", { name: "Add correction" }).click();
  await expect(corrections.getByRole("status")).toHaveText(/Correction added/);

  const [preview] = await Promise.all([
    page.context().waitForEvent("page"),
    page.getByRole("region", { name: "Workflow" }).getByRole("link", { name: "Preview", exact: true }).click(),
  ]);
  await expect(preview.getByRole("note")).toContainText("Preview of the last saved version (Published)");
  await expect(preview.getByRole("heading", { level: 1, name: headline })).toBeVisible();
  await expect(
    preview.getByRole("region", { name: "Corrections" }).getByRole("listitem").filter({ hasText: correction }),
  ).toBeVisible();
  const tagLinks = preview.getByRole("navigation", { name: "Tags" }).getByRole("link");
  await expect(tagLinks).toHaveText(["Cybersecurity", newTag.name]);
  await expect(tagLinks.nth(1)).toHaveAttribute("href", `/tags/${newTag.slug}`);
  await expect(preview.locator('script[type="application/ld+json"]')).toHaveCount(0);
  await expectNoAxeViolations(preview);

  // The reader page, once its cached copy has caught up with the save, is the same article.
  const readerContext = await browser.newContext();
  const reader = await readerContext.newPage();
  const previewed = await storyMarkup(preview);
  await expect(async () => {
    await reader.goto(`/articles/${slug}`);
    expect(await storyMarkup(reader)).toBe(previewed);
  }).toPass({ timeout: 20_000 });
  await expect(reader.getByRole("navigation", { name: "Tags" }).getByRole("link")).toHaveText([
    "Cybersecurity",
    newTag.name,
  ]);
  await expect(reader.locator('script[type="application/ld+json"]')).toHaveCount(2);
  await readerContext.close();
});
