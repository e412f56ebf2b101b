import { expect, test } from "@playwright/test";
import { DEMO_ACCOUNTS, DEMO_ADMIN_EMAIL } from "@/lib/demo/demo-accounts";
import { openUserAdmin, signIn } from "./helpers/auth";

test("the last active admin cannot demote or disable themselves, and the page says why", async ({ page }) => {
  const admin = DEMO_ACCOUNTS.find((account) => account.email === DEMO_ADMIN_EMAIL)!;
  await signIn(page, admin.email);
  await openUserAdmin(page, admin.email, admin.name);
  await expect(page.getByText("You are the last active admin.")).toBeVisible();

  await page.getByRole("combobox", { name: "Role" }).selectOption({ label: "Editor" });
  await page.getByRole("button", { name: "Change role" }).click();
  await expect(
    page.getByText(/You are the last active admin, so you cannot remove your own admin rights/),
  ).toBeVisible();

  await page.getByRole("button", { name: "Disable account" }).click();
  await expect(page.getByText("You cannot disable your own account.", { exact: false })).toBeVisible();

  // Still an admin, still signed in.
  await page.reload();
  await expect(page.getByRole("definition").filter({ hasText: /^Admin$/ })).toBeVisible();
  await expect(page.getByRole("link", { name: "Audit log" })).toBeVisible();
});
