import { expect, test } from "@playwright/test";
import { DEMO_ADMIN_EMAIL } from "@/lib/demo/demo-accounts";
import { newColleague, openUserAdmin, signIn } from "./helpers/auth";

test("a disabled writer loses their open session on the next click, and gets back in once enabled", async ({
  page: admin,
  browser,
}) => {
  await signIn(admin, DEMO_ADMIN_EMAIL);
  const name = "Dana Disabled";
  const colleague = await newColleague(browser, admin, { name });
  const writer = colleague.page;
  await writer.goto("/account");
  await expect(writer.getByRole("heading", { level: 1, name: "Your account" })).toBeVisible();

  await openUserAdmin(admin, colleague.email, name);
  await admin.getByRole("button", { name: "Disable account" }).click();
  await expect(admin.getByText(`${name} is disabled and signed out everywhere.`)).toBeVisible();

  // The writer's page is still open; the next click ends the session.
  await writer.getByRole("link", { name: "Account" }).click();
  await expect(writer.getByText("Your session has ended. Please sign in again.")).toBeVisible();
  await expect(writer).toHaveURL(/\/login\?next=%2Faccount&reason=session-ended$/);
  await writer.getByLabel("Email").fill(colleague.email);
  await writer.getByLabel("Password", { exact: true }).fill(colleague.password);
  await writer.getByRole("button", { name: "Sign in" }).click();
  await expect(writer.getByText("This account is disabled. Ask an administrator if you need access.")).toBeVisible();

  await admin.getByRole("button", { name: "Enable account" }).click();
  await expect(admin.getByText(`${name} is enabled again.`)).toBeVisible();
  await writer.getByLabel("Password", { exact: true }).fill(colleague.password);
  await writer.getByRole("button", { name: "Sign in" }).click();
  await expect(writer.getByRole("heading", { level: 1, name: "Your account" })).toBeVisible();

  await admin.goto("/admin/audit?action=user.disable");
  await expect(admin.getByRole("row").filter({ hasText: colleague.email })).toHaveCount(1);
  await colleague.context.close();
});
