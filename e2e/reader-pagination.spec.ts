import { expect, test } from "@playwright/test";
import { insertStories } from "./helpers/stories";

// 25 stories under a tag no page has shown yet, dated long before the demo's,
// so the home page and the sections stay as seeded for the other journeys.
const TAG = { name: "Paging Archive", slug: "paging-archive" };

test.beforeAll(async () => {
  await insertStories(
    Array.from({ length: 25 }, (_, index) => ({
      slug: `paging-archive-${index + 1}`,
      headline: `Archive Story ${index + 1}`,
      status: "PUBLISHED" as const,
      publishedAt: new Date(Date.UTC(2017, 0, 31 - index, 12)),
      tag: TAG,
    })),
  );
});

test("a long listing pages twenty stories at a time with previous and next links", async ({ page }) => {
  await page.goto(`/tags/${TAG.slug}`);
  const stories = page.getByRole("main").getByRole("heading", { level: 3 });
  await expect(stories).toHaveCount(20);
  await expect(stories.first()).toHaveText("Archive Story 1");
  const pages = page.getByRole("navigation", { name: "Pages" });
  await expect(pages).toContainText("Page 1 of 2");
  await expect(pages.getByRole("link", { name: /Previous/ })).toHaveCount(0);
  await expect(page.locator('link[rel="next"]')).toHaveAttribute("href", /\/tags\/paging-archive\?page=2$/);

  const next = pages.getByRole("link", { name: /Next page/ });
  await expect(next).toHaveAttribute("rel", "next");
  await next.click();
  await expect(page).toHaveURL(/\/tags\/paging-archive\?page=2$/);
  await expect(stories).toHaveText([
    "Archive Story 21",
    "Archive Story 22",
    "Archive Story 23",
    "Archive Story 24",
    "Archive Story 25",
  ]);
  await expect(pages).toContainText("Page 2 of 2");
  await expect(page).toHaveTitle("Paging Archive, page 2 | Byline");
  await expect(page.locator('link[rel="canonical"]')).toHaveAttribute("href", /\/tags\/paging-archive\?page=2$/);

  const previous = pages.getByRole("link", { name: /Previous page/ });
  await expect(previous).toHaveAttribute("rel", "prev");
  await previous.click();
  await expect(page).toHaveURL(/\/tags\/paging-archive$/);
  await expect(stories.first()).toHaveText("Archive Story 1");
});

test("a page past the end, or an empty listing, is a friendly page rather than an error", async ({ page }) => {
  const response = await page.goto(`/tags/${TAG.slug}?page=9`);
  expect(response?.status()).toBe(200);
  await expect(page.getByRole("heading", { name: "There is no page 9 here" })).toBeVisible();
  await expect(page.getByText("Paging Archive has 2 pages of stories.")).toBeVisible();
  await expect(page.locator('meta[name="robots"]')).toHaveAttribute("content", /noindex/);
  await page.getByRole("link", { name: "Go to the first page" }).click();
  await expect(page).toHaveURL(/\/tags\/paging-archive$/);

  // Not a number: the first page.
  await page.goto(`/tags/${TAG.slug}?page=two`);
  await expect(page.getByRole("main").getByRole("heading", { level: 3 }).first()).toHaveText("Archive Story 1");
});
