import { expect, type Page, test } from "@playwright/test";
import Parser from "rss-parser";
import { DEMO_EDITOR_EMAIL } from "@/lib/demo/demo-accounts";
import { signIn } from "./helpers/auth";
import { expectNoAxeViolations } from "./helpers/axe";

// Axe runs twice a page, and the journey builds, renames and deletes a section.
test.describe.configure({ timeout: 90_000 });

/** The section links of the site's navigation, in order. */
async function navigationSections(page: Page): Promise<string[]> {
  await page.goto("/");
  return page.getByRole("navigation", { name: "Sections" }).getByRole("link").allInnerTexts();
}

/** Where a reader asking for `path` is sent, refusing to follow (one Location, however Next repeats it). */
async function redirectOf(page: Page, path: string): Promise<{ status: number; location: string }> {
  const answer = await page.request.get(path, { maxRedirects: 0 });
  const locations = answer.headersArray().filter((header) => header.name.toLowerCase() === "location");
  expect(new Set(locations.map((header) => header.value)).size).toBe(1);
  return { status: answer.status(), location: locations[0]?.value ?? "" };
}

test("an editor adds a section: it joins the navigation where they put it, with its own page and feed, and a rename keeps the old addresses", async ({
  page,
}) => {
  // A name of its own, so a retry does not meet the section the first try added.
  const suffix = Date.now().toString(36).slice(-4);
  const name = `Sports ${suffix}`;
  const slug = `sports-${suffix}`;

  await signIn(page, DEMO_EDITOR_EMAIL);
  await page.goto("/admin");
  await expect(page).toHaveURL(/\/admin\/sections$/);
  await expect(page.getByRole("heading", { level: 1, name: "Sections" })).toBeVisible();
  await expectNoAxeViolations(page);

  // A bad input gets its message beside the field, and nothing is added.
  const addForm = page.getByRole("form", { name: "Add a section" });
  await addForm.getByRole("button", { name: "Add section" }).click();
  await expect(addForm.getByRole("textbox", { name: "Name" })).toHaveAccessibleDescription(
    "Enter a name, such as Sports.",
  );

  await addForm.getByRole("textbox", { name: "Name" }).fill(name);
  await addForm.getByRole("textbox", { name: "Description" }).fill("Results, transfers and the long view.");
  await addForm.getByRole("button", { name: "Add section" }).click();
  await expect(addForm.getByRole("status")).toHaveText(`${name} is added, at the end of the navigation.`);

  const before = await navigationSections(page);
  expect(before.at(-1)).toBe(name);
  const previousLast = before.at(-2) as string;

  await page.goto("/admin/sections");
  await page.getByRole("button", { name: `Move ${name} up` }).click();
  await expect(page.getByRole("status").filter({ hasText: `${name} is now number` })).toBeVisible();
  const after = await navigationSections(page);
  expect(after.indexOf(name)).toBeLessThan(after.indexOf(previousLast));

  await page.getByRole("navigation", { name: "Sections" }).getByRole("link", { name, exact: true }).click();
  await expect(page).toHaveURL(new RegExp(`/sections/${slug}$`));
  await expect(page.getByRole("heading", { level: 1, name })).toBeVisible();
  await expect(page.getByText("Results, transfers and the long view.")).toBeVisible();
  const feedLink = page.getByRole("link", { name: `${name} RSS feed` });
  const feedAnswer = await page.request.get((await feedLink.getAttribute("href")) as string);
  expect(feedAnswer.status()).toBe(200);
  const feed = await new Parser().parseString(await feedAnswer.text());
  expect(feed.title).toContain(name);

  // A new address for the section: the old page and feed lead to the new ones.
  await page.goto("/admin/sections");
  await page.getByRole("link", { name, exact: true }).click();
  await expect(page.getByRole("heading", { level: 1, name })).toBeVisible();
  await expectNoAxeViolations(page);
  const editForm = page.getByRole("form", { name: "Edit the section" });
  await editForm.getByRole("textbox", { name: "Slug" }).fill(`sport-${suffix}`);
  await editForm.getByRole("button", { name: "Save section" }).click();
  await expect(editForm.getByRole("status")).toContainText(`Its old address now leads to /sections/sport-${suffix}`);
  expect(await redirectOf(page, `/sections/${slug}`)).toEqual({ status: 308, location: `/sections/sport-${suffix}` });
  const feedRedirect = await redirectOf(page, `/sections/${slug}/feed.xml`);
  expect(feedRedirect.status).toBe(308);
  expect(feedRedirect.location).toMatch(new RegExp(`/sections/sport-${suffix}/feed\\.xml$`));

  // Deleting: the new section is empty, so it goes at once, and leaves the navigation.
  const deleteForm = page.getByRole("form", { name: "Delete the section" });
  await deleteForm.getByRole("button", { name: "Delete section" }).click();
  await expect(deleteForm.getByRole("checkbox", { name: `Yes, delete ${name}` })).toHaveAccessibleDescription(
    "Tick the box to confirm.",
  );
  await deleteForm.getByRole("checkbox", { name: `Yes, delete ${name}` }).check();
  await deleteForm.getByRole("button", { name: "Delete section" }).click();
  await expect(page).toHaveURL(/\/admin\/sections\?deleted=/);
  await expect(page.getByRole("status")).toHaveText(`${name} is deleted.`);
  expect(await navigationSections(page)).not.toContain(name);
});

test("a section with stories is deleted only with its stories moved, in the same step", async ({ page }) => {
  await signIn(page, DEMO_EDITOR_EMAIL);
  await page.goto("/admin/sections");
  await page.getByRole("link", { name: "World", exact: true }).click();
  const deleteForm = page.getByRole("form", { name: "Delete the section" });
  await deleteForm.getByRole("checkbox", { name: "Yes, delete World" }).check();
  await deleteForm.getByRole("button", { name: "Delete section" }).click();
  await expect(deleteForm.getByRole("combobox", { name: "Move its stories to" })).toHaveAccessibleDescription(
    /World has \d+ stories\. Choose a section to move them to\./,
  );
  await page.goto("/sections/world");
  await expect(page.getByRole("heading", { level: 1, name: "World" })).toBeVisible();
});
