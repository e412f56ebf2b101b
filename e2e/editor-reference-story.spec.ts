import AxeBuilder from "@axe-core/playwright";
import { expect, type Page, test } from "@playwright/test";
import { DEMO_EDITOR_EMAIL } from "@/lib/demo/demo-accounts";
import { bodyEditor, photoPng, pressWorkflowButton, storyPath } from "./fixtures/editor";
import { signIn } from "./helpers/auth";

const HEADLINE = "Putin Invites Trump to Moscow";
const BOLTON = "Trump Delays Putin Meeting Until 'After the Russia Witch Hunt is Over,' Bolton Says";
const HELSINKI = "At Helsinki Summit, Trump Declines to Back US Intelligence Over Putin";
const SOURCE_URL = "https://www.themoscowtimes.com/2018/07/28/putin-invites-trump-to-moscow-a62371";
const ALT = "Vladimir Putin and Donald Trump shake hands at their summit in Helsinki";

/** Every axe rule for WCAG 2.0–2.2 A and AA, and its best practices. */
async function accessibilityViolations(page: Page): Promise<string[]> {
  const { violations } = await new AxeBuilder({ page })
    .withTags(["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa", "best-practice"])
    .analyze();
  return violations.map(
    (violation) => `${violation.id}: ${violation.nodes.map((node) => node.target.join(" ")).join(", ")}`,
  );
}

test("an editor writes the reference story in the browser, publishes it, and a reader sees every part of it", async ({
  page,
  browser,
}) => {
  test.setTimeout(90_000);
  await signIn(page, DEMO_EDITOR_EMAIL);
  await page.goto("/editor");
  expect(await accessibilityViolations(page)).toEqual([]);
  await page.getByRole("link", { name: "New story" }).click();

  await page.getByLabel("Headline", { exact: true }).fill(HEADLINE);
  await expect(page.getByLabel("Slug")).toHaveValue("putin-invites-trump-to-moscow");
  await page.getByLabel("Dek").fill("The Russian leader says he wants a second summit, this time in his own capital.");
  await page.getByLabel("Dateline").fill("JOHANNESBURG");
  await page.getByLabel("Section").selectOption({ label: "World" });
  await page.getByLabel("Publication time").fill("2018-07-28T10:00");

  // The editor's own byline comes first by default; this story is Reuters copy.
  const bylines = page.getByRole("group", { name: "Bylines" });
  await bylines.getByRole("button", { name: "Remove Sam Okafor" }).click();
  await bylines.getByLabel("Add a byline").fill("Reuters");
  await bylines.getByRole("button", { name: "Add byline" }).click();
  await expect(bylines.getByRole("listitem")).toHaveText([/Reuters/]);

  const hero = page.getByRole("group", { name: "Hero image" });
  // Judged by its content, not its name: text called .jpg is refused beside the field.
  await hero
    .getByLabel("Hero image file")
    .setInputFiles({ name: "summit.jpg", mimeType: "image/jpeg", buffer: Buffer.from("this is not a picture") });
  await expect(hero.getByText(/not an image Byline can read/)).toBeVisible();
  await hero
    .getByLabel("Hero image file")
    .setInputFiles({ name: "summit.png", mimeType: "image/png", buffer: await photoPng() });
  await expect(hero.locator("img")).toHaveAttribute("src", /^\/media\/[a-z0-9]+\.webp$/);
  await hero.getByLabel("Alt text").fill(ALT);
  await hero.getByLabel("Caption").fill("The two presidents met in Helsinki on July 16.");
  await hero.getByLabel("Credit").fill("Kremlin.ru");

  // Body: a paragraph, a quote, another paragraph, then an inline related article.
  await bodyEditor(page).click();
  await page.keyboard.type(
    "Vladimir Putin said on Friday that he would like Donald Trump to visit Moscow for their next meeting.",
  );
  await page.keyboard.press("Enter");
  await page.getByRole("button", { name: "Quote", exact: true }).click();
  await page.keyboard.type("We are ready to hold such a meeting in Moscow, and the invitation stands.");
  await page.keyboard.press("Enter");
  await page.getByRole("button", { name: "Quote", exact: true }).click();
  await page.keyboard.type("The White House said the president was open to the idea.");
  await page.getByRole("button", { name: "Related article", exact: true }).click();
  const dialog = page.getByRole("dialog", { name: "Insert a related article" });
  await dialog.getByLabel("Search headlines").fill("Bolton Says");
  await dialog.getByRole("button", { name: BOLTON }).click();
  await expect(dialog).toBeHidden();
  await expect(bodyEditor(page)).toContainText(`Related article: ${BOLTON}`);

  const related = page.getByRole("group", { name: "Related articles" });
  await related.getByLabel("Find a related article").fill("Helsinki Summit");
  await related.getByRole("button", { name: HELSINKI }).click();
  await expect(related.getByRole("listitem")).toHaveText([new RegExp(HELSINKI)]);

  await page.getByLabel("Source name").fill("The Moscow Times");
  await page.getByLabel("Original URL").fill(SOURCE_URL);
  expect(await accessibilityViolations(page)).toEqual([]);

  await pressWorkflowButton(page, "Publish", /^Published\.$/);
  // The seeded story already has the plain slug, so this one is numbered.
  await expect(page.getByLabel("Slug")).toHaveValue(/^putin-invites-trump-to-moscow-\d+$/);
  await expect(page).toHaveURL(/\/editor\/articles\/[a-z0-9]+$/);
  const path = await storyPath(page);

  const reader = await (await browser.newContext()).newPage();
  await reader.goto(path);
  const article = reader.getByRole("article").first();
  await expect(article.getByRole("heading", { level: 1, name: HEADLINE })).toBeVisible();
  await expect(article.getByRole("link", { name: "Reuters" })).toHaveAttribute("href", "/authors/reuters");
  await expect(article.locator("time").first()).toHaveAttribute("datetime", "2018-07-28T10:00:00.000Z");
  const figure = article.getByRole("figure").first();
  await expect(figure.getByRole("img", { name: ALT })).toBeVisible();
  await expect(figure).toContainText("The two presidents met in Helsinki on July 16.");
  await expect(figure).toContainText("Kremlin.ru");
  await expect(article.locator("blockquote")).toHaveText(
    "We are ready to hold such a meeting in Moscow, and the invitation stands.",
  );
  await expect(article.getByRole("link", { name: "The Moscow Times" })).toHaveAttribute("href", SOURCE_URL);
  await expect(
    article.getByRole("region", { name: "Related articles" }).getByRole("link", { name: HELSINKI }),
  ).toBeVisible();

  await article
    .getByRole("complementary")
    .filter({ hasText: "Related article:" })
    .getByRole("link", { name: BOLTON })
    .click();
  await expect(reader.getByRole("heading", { level: 1, name: BOLTON })).toBeVisible();
  await reader.context().close();
});
