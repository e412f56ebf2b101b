import { expect, test } from "@playwright/test";
import { DEMO_EDITOR_EMAIL } from "@/lib/demo/demo-accounts";
import { pressWorkflowButton, startStory } from "./fixtures/editor";
import { signIn } from "./helpers/auth";

const HEADLINE = "Lighthouse Reopens to Visitors After Restoration";

test("renaming a published story's slug keeps its old address working with a 308", async ({ page, request }) => {
  await signIn(page, DEMO_EDITOR_EMAIL);
  await startStory(page, {
    headline: HEADLINE,
    paragraph: "The lighthouse on the north pier reopened on Saturday after two years of work.",
  });
  await pressWorkflowButton(page, "Publish", /^Published\.$/);
  await expect(page.getByLabel("Slug")).toHaveValue("lighthouse-reopens-to-visitors-after-restoration");

  await page.getByLabel("Slug").fill("north-pier-lighthouse-reopens");
  await pressWorkflowButton(page, "Save changes", /^Saved\.$/);

  const old = await request.get("/articles/lighthouse-reopens-to-visitors-after-restoration", { maxRedirects: 0 });
  expect(old.status()).toBe(308);
  const locations = old.headersArray().filter((header) => header.name.toLowerCase() === "location");
  expect(locations.map((header) => header.value)).toContain("/articles/north-pier-lighthouse-reopens");
  expect(new Set(locations.map((header) => header.value)).size).toBe(1);
  await page.goto("/articles/lighthouse-reopens-to-visitors-after-restoration");
  await expect(page).toHaveURL(/\/articles\/north-pier-lighthouse-reopens$/);
  await expect(page.getByRole("heading", { level: 1, name: HEADLINE })).toBeVisible();
});
