import { expect, type Page, test } from "@playwright/test";
import Parser from "rss-parser";
import { DEMO_ADMIN_EMAIL } from "@/lib/demo/demo-accounts";
import { signIn } from "./helpers/auth";
import { expectNoAxeViolations } from "./helpers/axe";

test.describe.configure({ timeout: 90_000 });

type Fields = { name: string; socialLinks: string; language?: string; timeZone?: string };

async function saveSettings(page: Page, fields: Fields) {
  await page.goto("/admin/settings");
  const form = page.getByRole("form", { name: "Site settings" });
  if (fields.timeZone) await form.getByRole("combobox", { name: "Newsroom time zone" }).selectOption(fields.timeZone);
  await form.getByRole("textbox", { name: "Publication name" }).fill(fields.name);
  await form.getByRole("textbox", { name: "Social accounts" }).fill(fields.socialLinks);
  await form.getByRole("textbox", { name: "Language" }).fill(fields.language ?? "en");
  await form.getByRole("button", { name: "Save settings" }).click();
  return form;
}

test("an admin renames the publication: the masthead, the RSS feed and the structured data show the new name", async ({
  page,
}) => {
  const name = `The Harbour Gazette ${Date.now().toString(36).slice(-4)}`;
  await signIn(page, DEMO_ADMIN_EMAIL);
  await page.goto("/admin/settings");
  const originalZone = await page.getByRole("combobox", { name: "Newsroom time zone" }).inputValue();
  try {
    await page.getByRole("link", { name: "Settings", exact: true }).click();
    await expect(page.getByRole("heading", { level: 1, name: "Settings" })).toBeVisible();
    await expectNoAxeViolations(page);

    const refused = await saveSettings(page, { name, socialLinks: "", language: "english please" });
    await expect(refused.getByRole("textbox", { name: "Language" })).toHaveAccessibleDescription(
      /Use a language code such as en or en-GB\./,
    );

    const form = await saveSettings(page, {
      name,
      socialLinks: "https://social.example/gazette",
      timeZone: "Asia/Tokyo",
    });
    await expect(form.getByRole("status")).toHaveText(
      "The settings are saved. Every reader page and feed shows them now.",
    );

    await page.goto("/");
    await expect(page.getByRole("banner").getByRole("link", { name })).toBeVisible();
    await expect(
      page.getByRole("navigation", { name: "Follow us" }).getByRole("link", { name: "social.example" }),
    ).toHaveAttribute("href", "https://social.example/gazette");

    const feed = await new Parser().parseString(await (await page.request.get("/feed.xml")).text());
    expect(feed.title).toBe(name);

    await page.goto("/articles/putin-invites-trump-to-moscow");
    const data = (await page.locator('script[type="application/ld+json"]').allTextContents()).map(
      (text) => JSON.parse(text) as { "@type": string; publisher?: { name: string; sameAs?: string[] } },
    );
    const article = data.find((item) => item["@type"] === "NewsArticle") as
      | { publisher?: unknown; datePublished?: string }
      | undefined;
    expect(article?.publisher).toMatchObject({ name, sameAs: ["https://social.example/gazette"] });
    // Dates follow the newsroom's zone: Tokyo is nine hours ahead of UTC all year.
    expect(article?.datePublished).toMatch(/\+09:00$/);
  } finally {
    // The other journeys expect the demo's name.
    const restored = await saveSettings(page, { name: "Byline", socialLinks: "", timeZone: originalZone });
    await expect(restored.getByRole("status")).toBeVisible();
  }
});
