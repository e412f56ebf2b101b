import { type Browser, expect, type Page } from "@playwright/test";
import { DEMO_PASSWORD } from "@/lib/demo/demo-accounts";

/**
 * Signs in through the real /login form, as a person would, and waits until
 * the app has taken them on (to `next`, or the newsroom by default).
 */
export async function signIn(
  page: Page,
  email: string,
  password: string = DEMO_PASSWORD,
  { next }: { next?: string } = {},
): Promise<void> {
  await page.goto(next ? `/login?next=${encodeURIComponent(next)}` : "/login");
  await page.getByLabel("Email").fill(email);
  await page.getByLabel("Password", { exact: true }).fill(password);
  await page.getByRole("button", { name: "Sign in" }).click();
  await page.waitForURL((url) => url.pathname !== "/login");
}

/** An email address no other test (or earlier retry) has used. */
export function uniqueEmail(prefix: string): string {
  return `${prefix}-${Date.now().toString(36)}-${Math.random().toString(36).slice(2, 7)}@example.com`;
}

/** As a signed-in admin: invites someone through /admin/users/invite and returns the one-time link shown. */
export async function inviteUser(
  adminPage: Page,
  { email, name, role }: { email: string; name: string; role: "Writer" | "Editor" | "Admin" },
): Promise<string> {
  await adminPage.goto("/admin/users/invite");
  await adminPage.getByLabel("Email").fill(email);
  await adminPage.getByLabel("Name").fill(name);
  await adminPage.getByRole("combobox", { name: "Role" }).selectOption({ label: role });
  await adminPage.getByRole("button", { name: "Invite user" }).click();
  const link = adminPage.getByLabel("Invitation link");
  await expect(link).toHaveValue(/\/invite\//);
  return link.inputValue();
}

/** Opens an invitation link, chooses the password, and waits until signed in. */
export async function acceptInvitation(page: Page, link: string, password: string): Promise<void> {
  await page.goto(link);
  await page.getByLabel("New password", { exact: true }).fill(password);
  await page.getByLabel("Confirm new password").fill(password);
  await page.getByRole("button", { name: "Set password and sign in" }).click();
  await page.waitForURL((url) => !url.pathname.startsWith("/invite"));
}

/** A new, signed-in staff member in a browser of their own: invited by the admin on `adminPage`. */
export async function newColleague(
  browser: Browser,
  adminPage: Page,
  {
    name,
    role = "Writer",
    password = "a fresh strong password",
  }: { name: string; role?: "Writer" | "Editor"; password?: string },
) {
  const email = uniqueEmail(name.toLowerCase().replace(/\W+/g, "-"));
  const link = await inviteUser(adminPage, { email, name, role });
  const context = await browser.newContext();
  const page = await context.newPage();
  await acceptInvitation(page, link, password);
  return { email, password, link, page, context };
}

/** As an admin: opens the admin page of the user with this email. */
export async function openUserAdmin(adminPage: Page, email: string, name: string): Promise<void> {
  await adminPage.goto(`/admin/users?q=${encodeURIComponent(email)}`);
  await adminPage.getByRole("link", { name, exact: true }).click();
  await expect(adminPage.getByRole("heading", { level: 1, name })).toBeVisible();
}
