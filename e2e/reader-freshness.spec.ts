import { expect, test } from "@playwright/test";
import { XMLParser } from "fast-xml-parser";
import Parser from "rss-parser";
import { insertStories } from "./helpers/stories";

/*
 * Publishing without restarting the server, and without a job. The story is
 * written straight into the database as SCHEDULED a few seconds ahead, and the
 * server is told, as a script tells it after a write that bypasses the app
 * (lib/cache/notify-site.ts). The pages cached before (the home page and the
 * feed, shown by earlier journeys) are rendered again, and every render ends
 * its lifetime at the story's time (lib/cache/lifetime.ts): the story appears
 * on every page when its time comes, with nothing else announcing it.
 */
const HEADLINE = "Comet Brightens Unexpectedly Over the Northern Hemisphere";
const SLUG = "comet-brightens-unexpectedly";
const SCHEDULED_IN_MS = 6_000;
const UNTIL_DUE = SCHEDULED_IN_MS + 10_000;

test("a scheduled story appears on its page, the home page, its section and the feeds at its time", async ({
  page,
  request,
}) => {
  test.setTimeout(90_000);
  await insertStories([
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

  await expect.poll(async () => (await request.get(`/articles/${SLUG}`)).status(), { timeout: UNTIL_DUE }).toBe(200);
  await expect
    .poll(async () => (await request.get("/sections/science")).text(), { timeout: UNTIL_DUE })
    .toContain(HEADLINE);

  await expect.poll(async () => (await request.get("/")).text(), { timeout: UNTIL_DUE }).toContain(HEADLINE);
  await page.goto("/");
  await expect(page.getByRole("main").getByRole("link", { name: HEADLINE }).first()).toBeVisible();

  const feedTitles = async () =>
    (await new Parser().parseString(await (await request.get("/feed.xml")).text())).items.map((item) => item.title);
  await expect.poll(feedTitles, { timeout: UNTIL_DUE }).toContain(HEADLINE);

  const newsTitles = async () => {
    const { urlset } = new XMLParser({ isArray: (name) => name === "url" }).parse(
      await (await request.get("/news-sitemap.xml")).text(),
    );
    return (urlset.url ?? []).map((url: { "news:news": { "news:title": string } }) => url["news:news"]["news:title"]);
  };
  await expect.poll(newsTitles, { timeout: UNTIL_DUE }).toContain(HEADLINE);

  await page.goto(`/search?q=${encodeURIComponent("comet telescope")}`);
  await expect(page.getByRole("heading", { level: 3, name: HEADLINE })).toBeVisible();
});
