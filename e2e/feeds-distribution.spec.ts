import { expect, test } from "@playwright/test";
import { XMLParser, XMLValidator } from "fast-xml-parser";
import Parser from "rss-parser";

const PUTIN = "Putin Invites Trump to Moscow";
const SITEMAP_NS = "http://www.sitemaps.org/schemas/sitemap/0.9";
const NEWS_NS = "http://www.google.com/schemas/sitemap-news/0.9";
const xml = new XMLParser({ ignoreAttributes: false, isArray: (name) => ["url", "item", "entry"].includes(name) });

test("the RSS, Atom and JSON feeds parse and carry the newest stories", async ({ request, baseURL }) => {
  const parser = new Parser({ customFields: { item: [["dc:creator", "creators", { keepArray: true }]] } });

  const rssResponse = await request.get("/feed.xml");
  expect(rssResponse.headers()["content-type"]).toContain("application/rss+xml");
  const rss = await parser.parseString(await rssResponse.text());
  const story = rss.items.find((item) => item.title === PUTIN);
  expect(story).toMatchObject({
    link: `${baseURL}/articles/putin-invites-trump-to-moscow`,
    creators: ["Reuters"],
    pubDate: "Sat, 28 Jul 2018 10:00:00 GMT",
  });
  expect(story?.guid).toMatch(/^tag:/);
  expect(story?.contentSnippet).toBeTruthy();
  expect(rss.items.length).toBeLessThanOrEqual(50);

  const atom = await parser.parseString(await (await request.get("/atom.xml")).text());
  expect(atom.items.map((item) => item.title)).toContain(PUTIN);

  const jsonResponse = await request.get("/feed.json");
  expect(jsonResponse.headers()["content-type"]).toContain("application/feed+json");
  const json = await jsonResponse.json();
  expect(json.version).toBe("https://jsonfeed.org/version/1.1");
  expect(json.items.find((item: { title: string }) => item.title === PUTIN)).toMatchObject({
    authors: [{ name: "Reuters" }],
    tags: expect.arrayContaining(["World", "Russia"]),
  });

  const world = await parser.parseString(await (await request.get("/sections/world/feed.xml")).text());
  expect(world.title).toBe("Byline: World");
  expect(world.items.map((item) => item.title)).toContain(PUTIN);
  expect(world.items.map((item) => item.title)).not.toContain(
    "US Economy Grew at 4.1% Rate in Second Quarter, Fastest Since 2014",
  );
  expect((await request.get("/sections/no-such-section/feed.xml")).status()).toBe(404);
});

test("every reader page links its feeds in the head", async ({ page }) => {
  await page.goto("/sections/world");
  await expect(page.locator('link[rel="alternate"][type="application/rss+xml"]')).toHaveCount(2);
  await expect(
    page.locator('link[rel="alternate"][type="application/rss+xml"][href$="/sections/world/feed.xml"]'),
  ).toHaveCount(1);
  await expect(page.locator('link[rel="alternate"][type="application/atom+xml"]')).toHaveAttribute(
    "href",
    /\/atom\.xml$/,
  );
  await expect(page.locator('link[rel="alternate"][type="application/feed+json"]')).toHaveAttribute(
    "href",
    /\/feed\.json$/,
  );
  await expect(page.getByRole("contentinfo").getByRole("link", { name: "RSS feed" })).toHaveAttribute(
    "href",
    "/feed.xml",
  );
});

test("the sitemap lists the site in the sitemaps.org format", async ({ request, baseURL }) => {
  const body = await (await request.get("/sitemap.xml")).text();
  expect(XMLValidator.validate(body)).toBe(true);
  const { urlset } = xml.parse(body);
  expect(urlset["@_xmlns"]).toBe(SITEMAP_NS);
  const locations = urlset.url.map((url: { loc: string }) => url.loc);
  for (const path of [
    "/",
    "/sections/world",
    "/tags/russia",
    "/authors/reuters",
    "/articles/putin-invites-trump-to-moscow",
  ]) {
    expect(locations, path).toContain(`${baseURL}${path}`);
  }
  expect(locations).not.toContain(`${baseURL}/articles/mars-closest-approach-viewing-guide`);
  for (const url of urlset.url) expect(url.lastmod).toMatch(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(Z|[+-]\d{2}:\d{2})$/);
});

test("the news sitemap is a Google News sitemap of the last two days", async ({ request }) => {
  const body = await (await request.get("/news-sitemap.xml")).text();
  expect(XMLValidator.validate(body)).toBe(true);
  const { urlset } = xml.parse(body);
  expect(urlset["@_xmlns"]).toBe(SITEMAP_NS);
  expect(urlset["@_xmlns:news"]).toBe(NEWS_NS);
  // The demo stories are from 2018; the freshness journey checks a new one appears.
  expect(urlset.url ?? []).toEqual([]);
});

test("robots.txt lets crawlers read the site, keeps the newsroom out and names both sitemaps", async ({
  request,
  baseURL,
}) => {
  const robots = await (await request.get("/robots.txt")).text();
  expect(robots).toMatch(/User-Agent: \*/i);
  for (const path of ["/editor", "/admin"]) expect(robots).toContain(`Disallow: ${path}`);
  expect(robots).toContain(`Sitemap: ${baseURL}/sitemap.xml`);
  expect(robots).toContain(`Sitemap: ${baseURL}/news-sitemap.xml`);
});
