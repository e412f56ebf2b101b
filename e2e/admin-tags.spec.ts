import { expect, test } from "@playwright/test";
import { DEMO_EDITOR_EMAIL } from "@/lib/demo/demo-accounts";
import { signIn } from "./helpers/auth";
import { expectNoAxeViolations } from "./helpers/axe";
import { insertStories } from "./helpers/stories";

// Axe runs twice a page.
test.describe.configure({ timeout: 90_000 });

test("an editor merges a duplicate tag: its stories move to the other tag, and its old address redirects", async ({
  page,
}) => {
  // Names of their own, so a retry does not meet what the first try merged.
  const suffix = Date.now().toString(36).slice(-4);
  const duplicate = { name: `Heat wave ${suffix}`, slug: `heat-wave-${suffix}` };
  const survivor = { name: `Heatwave ${suffix}`, slug: `heatwave-${suffix}` };
  const publishedAt = new Date(Date.now() - 60 * 60_000);
  await insertStories([
    {
      slug: `reservoirs-fall-${suffix}`,
      headline: `Reservoirs fall ${suffix}`,
      status: "PUBLISHED",
      publishedAt,
      tag: duplicate,
    },
    {
      slug: `cooling-centres-${suffix}`,
      headline: `Cooling centres open ${suffix}`,
      status: "PUBLISHED",
      publishedAt,
      tag: survivor,
    },
  ]);

  await signIn(page, DEMO_EDITOR_EMAIL);
  await page.getByRole("link", { name: "Tags", exact: true }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Tags" })).toBeVisible();
  await page.getByRole("searchbox", { name: "Search tags" }).fill(suffix);
  await page.getByRole("button", { name: "Filter" }).click();
  await expect(page.getByRole("status").filter({ hasText: "2 tags" })).toBeVisible();
  await expect(page.getByRole("row", { name: new RegExp(`${duplicate.name}.*1$`) })).toBeVisible();
  await expectNoAxeViolations(page);

  await page.getByRole("link", { name: duplicate.name, exact: true }).click();
  await expect(page.getByRole("heading", { level: 1, name: duplicate.name })).toBeVisible();
  await expectNoAxeViolations(page);
  const mergeForm = page.getByRole("form", { name: "Merge the tag" });
  await mergeForm.getByRole("textbox", { name: "Merge into" }).fill("No such tag anywhere");
  await mergeForm.getByRole("button", { name: "Merge tag" }).click();
  await expect(mergeForm.getByRole("textbox", { name: "Merge into" })).toHaveAccessibleDescription(
    /There is no tag called No such tag anywhere\./,
  );
  await mergeForm.getByRole("textbox", { name: "Merge into" }).fill(survivor.name);
  await mergeForm.getByRole("button", { name: "Merge tag" }).click();

  await expect(page.getByRole("heading", { level: 1, name: survivor.name })).toBeVisible();
  await expect(page.getByRole("status")).toHaveText(
    `${duplicate.name} is merged into ${survivor.name}: 1 story retagged, and /tags/${duplicate.slug} leads here.`,
  );

  // Readers: the old address answers 308 to the survivor, which lists both stories.
  const old = await page.request.get(`/tags/${duplicate.slug}`, { maxRedirects: 0 });
  expect(old.status()).toBe(308);
  const locations = old.headersArray().filter((header) => header.name.toLowerCase() === "location");
  expect(new Set(locations.map((header) => header.value))).toEqual(new Set([`/tags/${survivor.slug}`]));
  await page.goto(`/tags/${duplicate.slug}`);
  await expect(page).toHaveURL(new RegExp(`/tags/${survivor.slug}$`));
  await expect(page.getByRole("heading", { level: 1, name: survivor.name })).toBeVisible();
  await expect(page.getByRole("link", { name: `Reservoirs fall ${suffix}` })).toBeVisible();
  await expect(page.getByRole("link", { name: `Cooling centres open ${suffix}` })).toBeVisible();
});

test("an editor deletes a tag: it comes off its stories", async ({ page }) => {
  const suffix = Date.now().toString(36).slice(-4);
  const tag = { name: `Passing fad ${suffix}`, slug: `passing-fad-${suffix}` };
  await insertStories([
    {
      slug: `fad-story-${suffix}`,
      headline: `A passing fad ${suffix}`,
      status: "PUBLISHED",
      publishedAt: new Date(Date.now() - 60 * 60_000),
      tag,
    },
  ]);
  await signIn(page, DEMO_EDITOR_EMAIL);
  await page.goto(`/admin/tags?q=${encodeURIComponent(tag.name)}`);
  await page.getByRole("link", { name: tag.name, exact: true }).click();
  const deleteForm = page.getByRole("form", { name: "Delete the tag" });
  await deleteForm.getByRole("checkbox", { name: `Yes, delete ${tag.name}` }).check();
  await deleteForm.getByRole("button", { name: "Delete tag" }).click();
  await expect(page).toHaveURL(/\/admin\/tags\?deleted=/);
  await expect(page.getByRole("status").filter({ hasText: `${tag.name} is deleted.` })).toBeVisible();
  expect((await page.request.get(`/tags/${tag.slug}`)).status()).toBe(404);
});
