import { expect, test } from "@playwright/test";
import { DEMO_EDITOR_EMAIL } from "@/lib/demo/demo-accounts";
import { signIn } from "./helpers/auth";

const HEADLINE = "Longest Total Lunar Eclipse of the Century Turns the Moon Red";
const CORRECTION = "An earlier version of this story said the eclipse lasted 103 hours; it lasted 103 minutes.";

test("an editor corrects a published story, and readers see the correction under it", async ({ page, browser }) => {
  await signIn(page, DEMO_EDITOR_EMAIL);
  await page.goto("/editor/articles?q=Lunar+Eclipse");
  await page.getByRole("link", { name: HEADLINE }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Edit story" })).toBeVisible({ timeout: 15_000 });

  const corrections = page.getByRole("region", { name: "Corrections" });
  const field = corrections.getByLabel("Correction", { exact: true });

  // Too short to tell readers anything: refused beside the field, and what was typed stays.
  await field.fill("Typo.");
  await corrections.getByRole("button", { name: "Add correction" }).click();
  await expect(field).toHaveAccessibleDescription(/at least 10 characters/);
  await expect(field).toHaveValue("Typo.");

  await field.fill(CORRECTION);
  await corrections.getByRole("button", { name: "Add correction" }).click();
  await expect(corrections.getByRole("listitem").filter({ hasText: CORRECTION })).toBeVisible();
  await expect(corrections.getByRole("status")).toHaveText(/Correction added/);
  await expect(field).toHaveValue("");
  await expect(field).not.toHaveAttribute("aria-invalid");
  // Listed by the form at once, and once: reloading brings it from the database in its place.
  await page.reload();
  await expect(corrections.getByRole("listitem").filter({ hasText: CORRECTION })).toHaveCount(1);

  const reader = await browser.newContext();
  const readerPage = await reader.newPage();
  await readerPage.goto("/articles/longest-lunar-eclipse-century");
  await expect(
    readerPage.getByRole("region", { name: "Corrections" }).getByRole("listitem").filter({ hasText: CORRECTION }),
  ).toBeVisible();
  await reader.close();
});
