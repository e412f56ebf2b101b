import path from "node:path";
import { expect, test } from "@playwright/test";
import Database from "better-sqlite3";
import { siteUnderTest } from "./helpers/site";

const BOLTON_HEADLINE = "Trump Delays Putin Meeting Until 'After the Russia Witch Hunt is Over,' Bolton Says";

test("a reader follows the lead story to its related story", async ({ page }) => {
  await page.goto("/");
  const lead = page.getByRole("region", { name: "Lead story" });
  await lead.getByRole("link", { name: "Putin Invites Trump to Moscow" }).click();

  await expect(page).toHaveURL(/\/articles\/putin-invites-trump-to-moscow$/);
  await expect(page.getByRole("heading", { level: 1, name: "Putin Invites Trump to Moscow" })).toBeVisible();
  await expect(page).toHaveTitle(/Putin.*Moscow \| Byline$/);

  const article = page.getByRole("article").first();
  await expect(article.getByRole("link", { name: "Reuters" })).toHaveAttribute("href", "/authors/reuters");
  const published = article.locator("time").first();
  await expect(published).toHaveText("July 28, 2018");
  await expect(published).toHaveAttribute("datetime", "2018-07-28T10:00:00.000Z");

  const hero = article.getByRole("figure");
  await expect(hero.getByRole("img")).toHaveAttribute("alt", /Putin and Donald Trump/);
  await expect(hero).toContainText("Kremlin.ru");

  await expect(article.getByText("Originally published by")).toBeVisible();
  await expect(article.getByRole("link", { name: "The Moscow Times" })).toHaveAttribute(
    "href",
    "https://www.themoscowtimes.com/2018/07/28/putin-invites-trump-to-moscow-a62371",
  );
  await expect(article.getByRole("heading", { name: "Related articles" })).toBeVisible();

  const inline = article.getByRole("complementary").filter({ hasText: "Related article:" }).first();
  await inline.getByRole("link", { name: BOLTON_HEADLINE }).click();
  await expect(page).toHaveURL(/\/articles\/trump-delays-putin-meeting-bolton$/);
  await expect(page.getByRole("heading", { level: 1, name: BOLTON_HEADLINE })).toBeVisible();
});

test("an unknown story answers with a 404 page", async ({ page }) => {
  const response = await page.goto("/articles/no-such-story-here");
  expect(response?.status()).toBe(404);
  await expect(page.getByRole("heading", { level: 1, name: "Page not found" })).toBeVisible();
  await expect(page.getByRole("link", { name: "Go to the home page" })).toBeVisible();
});

test("a malformed address is the visitor's mistake: 400, not a server error", async ({ request }) => {
  for (const address of ["/articles/%ZZ", "/tags/%E0%A4%A", "/tags/%E0%A4", "/sections/%FF", "/authors/50%"]) {
    const response = await request.get(address);
    expect(response.status(), address).toBe(400);
    expect(await response.text()).toContain("malformed");
  }
});

test("stories that are not published stay hidden from readers", async ({ page }) => {
  for (const slug of [
    "mars-closest-approach-viewing-guide",
    "zimbabwe-election-preview",
    "eu-us-trade-talks-explainer",
  ]) {
    const response = await page.goto(`/articles/${slug}`);
    expect(response?.status(), slug).toBe(404);
  }
  await page.goto("/");
  await expect(page.getByRole("main")).not.toContainText("Zimbabwe");
});

test("the health check reports the database", async ({ request }) => {
  const response = await request.get("/api/health");
  expect(response.status()).toBe(200);
  expect(await response.json()).toMatchObject({ status: "ok", database: "reachable" });
});

test("a story's former slug answers 308 to its current address", async ({ request }, testInfo) => {
  // Writes the redirect into the SQLite file; editor-slug-redirect.spec.ts makes one through the editor on both.
  test.skip(siteUnderTest(testInfo).database !== "sqlite", "writes the SQLite file itself");
  const database = new Database(path.join(process.env.E2E_DATA_DIR!, "byline.db"));
  try {
    database
      .prepare(
        `INSERT INTO "SlugRedirect" ("id", "slug", "articleId", "createdAt") SELECT 'e2e-redirect', 'putin-invites-trump', "id", ? FROM "Article" WHERE "slug" = 'putin-invites-trump-to-moscow'`,
      )
      .run(new Date().toISOString());
  } finally {
    database.close();
  }
  const response = await request.get("/articles/putin-invites-trump", { maxRedirects: 0 });
  expect(response.status()).toBe(308);
  // Next.js 16.4 repeats the Location header on a cached page's first render
  // (vercel/next.js#82117); browsers accept identical copies, so check each one.
  const locations = response.headersArray().filter((header) => header.name.toLowerCase() === "location");
  expect(locations.length).toBeGreaterThan(0);
  for (const location of locations) expect(location.value).toBe("/articles/putin-invites-trump-to-moscow");
});
