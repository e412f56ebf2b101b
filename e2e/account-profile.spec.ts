import { expect, test } from "@playwright/test";
import { DEMO_EDITOR_EMAIL, DEMO_WRITER_EMAIL } from "@/lib/demo/demo-accounts";
import { photoPng } from "./fixtures/editor";
import { signIn } from "./helpers/auth";
import { expectNoAxeViolations } from "./helpers/axe";

// Axe runs twice a page.
test.describe.configure({ timeout: 90_000 });

test("a writer edits their own profile, and their author page shows it", async ({ page }) => {
  // Text of its own, so a retry cannot pass on what the first try saved.
  const bio = `Riley covers cities, transport and housing, and rode every tram line in ${Date.now().toString(36)}.`;
  await signIn(page, DEMO_WRITER_EMAIL);
  await page.goto("/account");
  const form = page.getByRole("form", { name: "Profile" });
  await expect(form.getByRole("textbox", { name: "Name" })).toHaveValue("Riley Chen");
  await expectNoAxeViolations(page);

  // A bad link is named beside the field, and nothing typed is lost.
  await form.getByRole("textbox", { name: "Role title" }).fill("Transport correspondent");
  await form.getByRole("textbox", { name: "Bio" }).fill(bio);
  await form.getByRole("textbox", { name: "Links" }).fill("https://social.example/@riley\nnot a link");
  await form.getByRole("button", { name: "Save profile" }).click();
  await expect(form.getByRole("textbox", { name: "Links" })).toHaveAccessibleDescription(
    /line 2: “not a link” is not a web address/,
  );
  await expect(form.getByRole("textbox", { name: "Bio" })).toHaveValue(bio);

  await form.getByRole("textbox", { name: "Links" }).fill("https://social.example/@riley");
  await form
    .getByLabel("Photo", { exact: true })
    .setInputFiles({ name: "riley.png", mimeType: "image/png", buffer: await photoPng() });
  await expect(form.locator("img")).toHaveAttribute("src", /^\/media\/[a-z0-9]+\.webp$/);
  await form.getByRole("textbox", { name: "Photo credit" }).fill("Byline");
  await form.getByRole("button", { name: "Save profile" }).click();
  await expect(form.getByRole("status")).toHaveText("Your profile is saved. Readers see it at /authors/riley-chen.");

  await page.goto("/authors/riley-chen");
  await expect(page.getByRole("heading", { level: 1, name: "Riley Chen" })).toBeVisible();
  await expect(page.getByText("Transport correspondent")).toBeVisible();
  await expect(page.getByText(bio)).toBeVisible();
  await expect(page.getByRole("img", { name: "Riley Chen" })).toBeVisible();
  await expect(page.getByText("Photo: Byline")).toBeVisible();
  await expect(page.getByRole("link", { name: "social.example" })).toHaveAttribute(
    "href",
    "https://social.example/@riley",
  );
});

test("an editor changes a colleague's profile from the list of bylines", async ({ page }) => {
  const title = `City hall reporter ${Date.now().toString(36)}`;
  await signIn(page, DEMO_EDITOR_EMAIL);
  await page.getByRole("link", { name: "Bylines", exact: true }).click();
  await page.getByRole("searchbox", { name: "Search bylines" }).fill("Riley");
  await page.getByRole("button", { name: "Filter" }).click();
  await expectNoAxeViolations(page);
  await page.getByRole("link", { name: "Riley Chen", exact: true }).click();
  const form = page.getByRole("form", { name: "Profile" });
  await form.getByRole("textbox", { name: "Role title" }).fill(title);
  await form.getByRole("button", { name: "Save profile" }).click();
  await expect(form.getByRole("status")).toHaveText(
    "Riley Chen's profile is saved. Readers see it at /authors/riley-chen.",
  );
  await page.goto("/authors/riley-chen");
  await expect(page.getByText(title)).toBeVisible();
});

test("an editor describes a news agency, and its author page shows it", async ({ page }) => {
  const description = `A news agency with bureaus in some 200 places, checked ${Date.now().toString(36)}.`;
  await signIn(page, DEMO_EDITOR_EMAIL);
  await page.goto("/admin/authors?q=Reuters");
  await page.getByRole("link", { name: "Reuters", exact: true }).click();
  const form = page.getByRole("form", { name: "Agency" });
  await expectNoAxeViolations(page);
  await form.getByRole("textbox", { name: "Website" }).fill("not a web address at all");
  await form.getByRole("button", { name: "Save agency" }).click();
  await expect(form.getByRole("textbox", { name: "Website" })).toHaveAccessibleDescription(
    "Enter a web address, such as https://www.reuters.com.",
  );
  await form.getByRole("textbox", { name: "Website" }).fill("https://www.reuters.com");
  await form.getByRole("textbox", { name: "Description" }).fill(description);
  await form.getByRole("button", { name: "Save agency" }).click();
  await expect(form.getByRole("status")).toHaveText("Reuters is saved.");
  await page.goto("/authors/reuters");
  await expect(page.getByText(description)).toBeVisible();
});
