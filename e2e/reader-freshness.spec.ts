import { expect, test } from "@playwright/test";
import { XMLParser } from "fast-xml-parser";
import Parser from "rss-parser";
import { insertStories } from "./helpers/stories";

/*
 * Publishing without restarting the server. The story is written straight
 * into the database as SCHEDULED a few seconds ahead (the newsroom's own
 * "Schedule" also expires the cached pages by tag; see lib/cache/tags.ts).
 * What is checked here is the other half of the caching model: the story
 * appears when its time comes. Pages rendered after it was scheduled expire
 * at that moment; pages cached before it (the home page and the feed, shown
 * by earlier journeys) expire within LONGEST_READER_CACHE_SECONDS.
 */
const HEADLINE = "Comet Brightens Unexpectedly Over the Northern Hemisphere";
const SLUG = "comet-brightens-unexpectedly";
const SCHEDULED_IN_MS = 6_000;
// Longer than lib/cache/lifetime.ts's LONGEST_READER_CACHE_SECONDS (30 s), with room to spare.
const UNTIL_EVERY_CACHED_PAGE_EXPIRED = 45_000;

test("a scheduled story appears on its page, the home page, its section and the feeds at its time", async ({
  page,
  request,
}) => {
  test.setTimeout(90_000);
  insertStories([
    {
      slug: SLUG,
      headline: HEADLINE,
      status: "SCHEDULED",
      publishedAt: new Date(Date.now() + SCHEDULED_IN_MS),
      section: "science",
      body: "Astronomers said the comet could be seen without a telescope.",
    },
  ]);

  // Before its time the story is not there, and that answer is cached only until its time:
  // with the longest lifetime instead, the next check would time out.
  expect((await request.get(`/articles/${SLUG}`)).status()).toBe(404);
  await page.goto("/sections/science");
  await expect(page.getByRole("main")).not.toContainText(HEADLINE);

  await expect
    .poll(async () => (await request.get(`/articles/${SLUG}`)).status(), { timeout: SCHEDULED_IN_MS + 10_000 })
    .toBe(200);
  await expect
    .poll(async () => (await request.get("/sections/science")).text(), { timeout: UNTIL_EVERY_CACHED_PAGE_EXPIRED })
    .toContain(HEADLINE);

  await expect
    .poll(async () => (await request.get("/")).text(), { timeout: UNTIL_EVERY_CACHED_PAGE_EXPIRED })
    .toContain(HEADLINE);
  await page.goto("/");
  await expect(page.getByRole("main").getByRole("link", { name: HEADLINE }).first()).toBeVisible();

  const feedTitles = async () =>
    (await new Parser().parseString(await (await request.get("/feed.xml")).text())).items.map((item) => item.title);
  await expect.poll(feedTitles, { timeout: UNTIL_EVERY_CACHED_PAGE_EXPIRED }).toContain(HEADLINE);

  const newsTitles = async () => {
    const { urlset } = new XMLParser({ isArray: (name) => name === "url" }).parse(
      await (await request.get("/news-sitemap.xml")).text(),
    );
    return (urlset.url ?? []).map((url: { "news:news": { "news:title": string } }) => url["news:news"]["news:title"]);
  };
  await expect.poll(newsTitles, { timeout: UNTIL_EVERY_CACHED_PAGE_EXPIRED }).toContain(HEADLINE);

  await page.goto(`/search?q=${encodeURIComponent("comet telescope")}`);
  await expect(page.getByRole("heading", { level: 3, name: HEADLINE })).toBeVisible();
});
