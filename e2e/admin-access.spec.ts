import { expect, test } from "@playwright/test";
import { DEMO_EDITOR_EMAIL, DEMO_WRITER_EMAIL } from "@/lib/demo/demo-accounts";
import { signIn } from "./helpers/auth";

const NEWSROOM_STRUCTURE = ["/admin", "/admin/sections", "/admin/tags", "/admin/authors", "/admin/settings"];

test("a writer cannot reach the newsroom's structure, nor see the way there", async ({ page }) => {
  await signIn(page, DEMO_WRITER_EMAIL);
  await expect(
    page.getByRole("navigation", { name: "Staff" }).getByRole("link", { name: "Stories", exact: true }),
  ).toBeVisible();
  await expect(page.getByRole("link", { name: "Sections" })).toHaveCount(0);
  await expect(page.getByRole("link", { name: "Tags" })).toHaveCount(0);
  for (const path of NEWSROOM_STRUCTURE) {
    const answer = await page.goto(path);
    expect(answer?.status(), path).toBe(403);
    await expect(page.getByRole("heading", { level: 1, name: "You do not have access to this page" })).toBeVisible();
  }
});

test("an editor manages sections, tags and bylines, but not users or the site's settings", async ({ page }) => {
  await signIn(page, DEMO_EDITOR_EMAIL);
  await expect(page.getByRole("link", { name: "Sections" })).toBeVisible();
  await expect(page.getByRole("link", { name: "Users" })).toHaveCount(0);
  await expect(page.getByRole("link", { name: "Settings" })).toHaveCount(0);
  for (const path of ["/admin/users", "/admin/settings"]) {
    const answer = await page.goto(path);
    expect(answer?.status(), path).toBe(403);
    await expect(page.getByRole("heading", { level: 1, name: "You do not have access to this page" })).toBeVisible();
  }
});
