import { expect, test } from "@playwright/test";
import { DEMO_ADMIN_EMAIL, DEMO_PASSWORD } from "@/lib/demo/demo-accounts";

test("staff pages send visitors to sign in and back, and signing out ends the session", async ({ page, baseURL }) => {
  await page.goto("/admin/users?role=WRITER");
  await expect(page).toHaveURL(/\/login\?next=%2Fadmin%2Fusers%3Frole%3DWRITER$/);

  // A wrong password and an unknown email get the same answer.
  await page.getByLabel("Email").fill("nobody-here@example.com");
  await page.getByLabel("Password", { exact: true }).fill(DEMO_PASSWORD);
  await page.getByRole("button", { name: "Sign in" }).click();
  await expect(page.getByText("Wrong email or password.")).toBeVisible();

  await page.getByLabel("Email").fill(DEMO_ADMIN_EMAIL);
  await page.getByLabel("Password", { exact: true }).fill(DEMO_PASSWORD);
  await page.getByRole("button", { name: "Sign in" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Users" })).toBeVisible();
  await expect(page).toHaveURL(/\/admin\/users\?role=WRITER$/);
  await expect(page.getByRole("combobox", { name: "Role" })).toHaveValue("WRITER");

  await page.getByRole("button", { name: "Sign out" }).click();
  await expect(page.getByText("You have signed out.")).toBeVisible();
  await page.goto("/account");
  await expect(page).toHaveURL(/\/login\?next=%2Faccount$/);

  // `next` never leads off the site.
  await page.goto(`/login?next=${encodeURIComponent("https://evil.example/")}`);
  await page.getByLabel("Email").fill(DEMO_ADMIN_EMAIL);
  await page.getByLabel("Password", { exact: true }).fill(DEMO_PASSWORD);
  await page.getByRole("button", { name: "Sign in" }).click();
  await page.waitForURL((url) => url.pathname !== "/login");
  expect(new URL(page.url()).origin).toBe(new URL(baseURL!).origin);

  await page.goto("/admin/audit?action=auth.signout");
  await expect(page.getByRole("row").filter({ hasText: DEMO_ADMIN_EMAIL }).first()).toBeVisible();
});
