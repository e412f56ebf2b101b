import { expect, type Page, test } from "@playwright/test";

async function jsonLd(page: Page): Promise<Record<string, unknown>[]> {
  const scripts = await page.locator('script[type="application/ld+json"]').allTextContents();
  return scripts.map((text) => JSON.parse(text));
}

const meta = (page: Page, attribute: "name" | "property", key: string) => page.locator(`meta[${attribute}="${key}"]`);

test("the article carries NewsArticle structured data with every property aggregators read", async ({
  page,
  baseURL,
}) => {
  await page.goto("/articles/putin-invites-trump-to-moscow");
  const url = `${baseURL}/articles/putin-invites-trump-to-moscow`;
  const article = (await jsonLd(page)).find((data) => data["@type"] === "NewsArticle");
  expect(article).toBeDefined();
  expect(article).toMatchObject({
    "@context": "https://schema.org",
    headline: "Putin Invites Trump to Moscow",
    mainEntityOfPage: { "@type": "WebPage", "@id": url },
    articleSection: "World",
    keywords: ["Russia", "United States", "Diplomacy"],
    author: [{ "@type": "Organization", name: "Reuters", url: `${baseURL}/authors/reuters` }],
    publisher: {
      "@type": "Organization",
      name: "Byline",
      logo: { "@type": "ImageObject", url: `${baseURL}/logo.png` },
    },
  });
  expect(article?.description).toEqual(expect.any(String));
  expect(article?.datePublished).toBe("2018-07-28T10:00:00Z");
  expect(article?.dateModified).toMatch(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(Z|[+-]\d{2}:\d{2})$/);
  const [image] = article!.image as { url: string; width: number; height: number }[];
  expect(image?.url).toMatch(new RegExp(`^${baseURL}/media/`));
  expect(image?.width).toBeGreaterThan(0);
  expect(image?.height).toBeGreaterThan(0);
  expect((await page.request.get(image!.url)).ok()).toBe(true);
  expect((await page.request.get(`${baseURL}/logo.png`)).headers()["content-type"]).toBe("image/png");

  await page.goto("/articles/trump-putin-helsinki-summit");
  const staff = (await jsonLd(page)).find((data) => data["@type"] === "NewsArticle");
  expect(staff?.author).toEqual([
    { "@type": "Person", name: "Leila Haddad", url: `${baseURL}/authors/leila-haddad` },
    expect.objectContaining({ "@type": "Organization", name: "Reuters" }),
  ]);
});

test("a corrected story lists its corrections in its structured data", async ({ page }) => {
  await page.goto("/articles/facebook-shares-record-drop");
  await expect(page.getByRole("heading", { name: "Corrections" })).toBeVisible();
  const article = (await jsonLd(page)).find((data) => data["@type"] === "NewsArticle");
  expect(article?.correction).toEqual([
    {
      "@type": "CorrectionComment",
      text: expect.stringMatching(/.{10,}/),
      datePublished: expect.stringMatching(/^\d{4}-\d{2}-\d{2}T/),
    },
  ]);
});

test("the article has its canonical address, Open Graph article tags and a large Twitter card", async ({
  page,
  baseURL,
}) => {
  await page.goto("/articles/putin-invites-trump-to-moscow");
  await expect(page.locator("html")).toHaveAttribute("lang", "en");
  // The story's SEO title, where it has one.
  await expect(page).toHaveTitle("Putin says Trump is welcome in Moscow | Byline");
  await expect(page.locator('link[rel="canonical"]')).toHaveAttribute(
    "href",
    `${baseURL}/articles/putin-invites-trump-to-moscow`,
  );
  await expect(meta(page, "name", "description")).toHaveAttribute("content", /.+/);
  await expect(meta(page, "property", "og:type")).toHaveAttribute("content", "article");
  await expect(meta(page, "property", "og:url")).toHaveAttribute(
    "content",
    `${baseURL}/articles/putin-invites-trump-to-moscow`,
  );
  await expect(meta(page, "property", "article:published_time")).toHaveAttribute("content", "2018-07-28T10:00:00Z");
  await expect(meta(page, "property", "article:modified_time")).toHaveAttribute("content", /^2018-/);
  await expect(meta(page, "property", "article:author")).toHaveAttribute("content", `${baseURL}/authors/reuters`);
  await expect(meta(page, "property", "article:section")).toHaveAttribute("content", "World");
  await expect(meta(page, "property", "article:tag")).toHaveCount(3);
  await expect(meta(page, "property", "og:image")).toHaveAttribute("content", new RegExp(`^${baseURL}/media/`));
  await expect(meta(page, "property", "og:image:width")).toHaveAttribute("content", /^\d+$/);
  await expect(meta(page, "property", "og:image:height")).toHaveAttribute("content", /^\d+$/);
  await expect(meta(page, "name", "twitter:card")).toHaveAttribute("content", "summary_large_image");
});

test("home and section pages carry WebSite and BreadcrumbList data, and every reader page its own title and description", async ({
  page,
  baseURL,
}) => {
  await page.goto("/");
  const website = (await jsonLd(page)).find((data) => data["@type"] === "WebSite");
  expect(website?.potentialAction).toMatchObject({
    "@type": "SearchAction",
    target: { urlTemplate: `${baseURL}/search?q={search_term_string}` },
    "query-input": "required name=search_term_string",
  });

  await page.goto("/sections/world");
  const breadcrumbs = (await jsonLd(page)).find((data) => data["@type"] === "BreadcrumbList");
  expect(breadcrumbs?.itemListElement).toEqual([
    { "@type": "ListItem", position: 1, name: "Home", item: `${baseURL}/` },
    { "@type": "ListItem", position: 2, name: "World", item: `${baseURL}/sections/world` },
  ]);

  const seen = new Map<string, string>();
  for (const path of [
    "/",
    "/sections/world",
    "/tags/russia",
    "/authors/reuters",
    "/articles/putin-invites-trump-to-moscow",
    "/search",
  ]) {
    await page.goto(path);
    const title = await page.title();
    expect(seen.has(title), `${path} shares its title with ${seen.get(title)}`).toBe(false);
    seen.set(title, path);
    await expect(meta(page, "name", "description"), path).toHaveAttribute("content", /.{20,}/);
    await expect(page.locator('link[rel="canonical"]'), path).toHaveAttribute("href", new RegExp(`^${baseURL}(/|$)`));
    await expect(meta(page, "property", "og:title"), path).toHaveAttribute("content", /.+/);
    await expect(meta(page, "name", "twitter:card"), path).toHaveAttribute("content", /summary/);
  }
});
