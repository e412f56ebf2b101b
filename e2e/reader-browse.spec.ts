import { expect, test } from "@playwright/test";

test("a reader browses from the home page to a section, a story, its author and a tag", async ({ page }) => {
  await page.goto("/");
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Byline: latest news");
  await expect(page.getByRole("region", { name: "Top stories" }).getByRole("article")).toHaveCount(3);
  await expect(page.getByRole("region", { name: "Latest" }).getByRole("link").first()).toHaveText(
    "Putin Invites Trump to Moscow",
  );

  await page.getByRole("navigation", { name: "Sections" }).getByRole("link", { name: "Politics" }).click();
  await expect(page).toHaveURL(/\/sections\/politics$/);
  await expect(page.getByRole("heading", { level: 1, name: "Politics" })).toBeVisible();
  await expect(page).toHaveTitle("Politics | Byline");
  const headlines = page.getByRole("main").getByRole("heading", { level: 3 });
  await expect(headlines).toHaveText([
    "Trump Delays Putin Meeting Until 'After the Russia Witch Hunt is Over,' Bolton Says",
    "White House Says Trump Has Invited Putin to Washington This Fall",
    "Twelve Russian Intelligence Officers Charged With Hacking Democrats in 2016",
  ]);

  await page
    .getByRole("link", { name: "Twelve Russian Intelligence Officers Charged With Hacking Democrats in 2016" })
    .click();
  await expect(page.getByRole("heading", { level: 1, name: /Twelve Russian Intelligence Officers/ })).toBeVisible();

  await page.getByRole("article").getByRole("link", { name: "Owen Maddox" }).click();
  await expect(page).toHaveURL(/\/authors\/owen-maddox$/);
  await expect(page.getByRole("heading", { level: 1, name: "Owen Maddox" })).toBeVisible();
  await expect(page.getByText("Staff writer", { exact: true })).toBeVisible();
  await expect(
    page.getByRole("main").getByRole("link", { name: /Twelve Russian Intelligence Officers/ }),
  ).toBeVisible();

  await page.goBack();
  await page.getByRole("navigation", { name: "Tags" }).getByRole("link", { name: "Cybersecurity" }).click();
  await expect(page).toHaveURL(/\/tags\/cybersecurity$/);
  await expect(page.getByRole("heading", { level: 1, name: "Cybersecurity" })).toBeVisible();
  await expect(
    page.getByRole("main").getByRole("link", { name: /Microsoft Says It Blocked Russian Phishing/ }),
  ).toBeVisible();
});

test("the theme follows the reader's system setting", async ({ browser }) => {
  const background = async (colorScheme: "light" | "dark") => {
    const context = await browser.newContext({ colorScheme });
    const page = await context.newPage();
    await page.goto("/");
    const colors = await page.locator("body").evaluate((body) => {
      const style = getComputedStyle(body);
      return { background: style.backgroundColor, text: style.color };
    });
    await context.close();
    return colors;
  };
  const light = await background("light");
  const dark = await background("dark");
  expect(light.background).toBe("rgb(255, 255, 255)");
  expect(dark.background).not.toBe(light.background);
  expect(dark.text).not.toBe(light.text);
});

test("pages fit a 320-pixel-wide screen without sideways scrolling", async ({ browser }) => {
  const context = await browser.newContext({ viewport: { width: 320, height: 640 } });
  const page = await context.newPage();
  for (const path of ["/", "/articles/putin-invites-trump-to-moscow", "/sections/world", "/search?q=Moscow"]) {
    await page.goto(path);
    const overflow = await page.evaluate(
      () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
    );
    expect(overflow, path).toBeLessThanOrEqual(0);
  }
  await context.close();
});

test("an unknown section, tag or author is a 404 page", async ({ page }) => {
  for (const path of ["/sections/no-such-section", "/tags/no-such-tag", "/authors/no-such-author"]) {
    const response = await page.goto(path);
    expect(response?.status(), path).toBe(404);
    await expect(page.getByRole("heading", { level: 1, name: "Page not found" })).toBeVisible();
  }
});
