import { expect, test } from "@playwright/test";
import { expectNoAxeViolations } from "./helpers/axe";

const PAGES = [
  { name: "home", path: "/" },
  { name: "article", path: "/articles/putin-invites-trump-to-moscow" },
  { name: "section", path: "/sections/world" },
  { name: "tag", path: "/tags/russia" },
  { name: "author", path: "/authors/reuters" },
  { name: "search results", path: "/search?q=Kremlin+invitation+Moscow" },
  { name: "404", path: "/no-such-page" },
];

// Two full axe runs a page: slower than the default allowance on a busy machine.
test.describe.configure({ timeout: 60_000 });

for (const { name, path } of PAGES) {
  test(`axe finds no accessibility violations on the ${name} page, in the light and dark themes`, async ({ page }) => {
    await page.goto(path);
    await expectNoAxeViolations(page);
  });
}

test("the skip link is the first stop and jumps to the main content", async ({ page }) => {
  await page.goto("/articles/putin-invites-trump-to-moscow");
  await page.keyboard.press("Tab");
  const skip = page.getByRole("link", { name: "Skip to content" });
  await expect(skip).toBeFocused();
  await expect(skip).toBeVisible();
  await page.keyboard.press("Enter");
  await expect(page.getByRole("main")).toBeFocused();
  await expect(page.getByRole("heading", { level: 1 })).toHaveCount(1);
});
