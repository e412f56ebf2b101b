import { expect, test } from "@playwright/test";
import { DEMO_ADMIN_EMAIL } from "@/lib/demo/demo-accounts";
import { newColleague, signIn } from "./helpers/auth";

test("six wrong passwords lock the account with a clear message", async ({ page: admin, browser }) => {
  await signIn(admin, DEMO_ADMIN_EMAIL);
  const colleague = await newColleague(browser, admin, { name: "Lou Locked" });
  await colleague.context.close();

  // The guesser claims an address of its own; without TRUST_PROXY the server must use the socket's.
  const claimed = `203.0.113.${1 + Math.floor(Math.random() * 250)}`;
  const context = await browser.newContext({ extraHTTPHeaders: { "x-forwarded-for": claimed } });
  const guesser = await context.newPage();
  await guesser.goto("/login");
  await guesser.getByLabel("Email").fill(colleague.email);
  const passwordField = guesser.getByLabel("Password", { exact: true });
  const tryPassword = async (password: string) => {
    await passwordField.fill(password);
    await guesser.getByRole("button", { name: "Sign in" }).click();
    // The answer has come when the form clears the password (it keeps the email).
    await expect(passwordField).toHaveValue("");
  };

  for (let attempt = 1; attempt <= 4; attempt++) {
    await tryPassword(`wrong guess number ${attempt}`);
    await expect(guesser.getByText("Wrong email or password.")).toBeVisible();
    // What was typed stays; only the password is cleared.
    await expect(guesser.getByLabel("Email")).toHaveValue(colleague.email);
  }
  const locked = "Too many failed sign-in attempts. Try again in 5 minutes.";
  await tryPassword("wrong guess number 5");
  await expect(guesser.getByText(locked)).toBeVisible();
  await tryPassword("wrong guess number 6");
  await expect(guesser.getByText(locked)).toBeVisible();
  // Even the right password is refused while the lock lasts.
  await tryPassword(colleague.password);
  await expect(guesser.getByText(locked)).toBeVisible();
  await expect(guesser).toHaveURL(/\/login$/);

  await admin.goto("/admin/audit?action=auth.lockout");
  const row = admin.getByRole("row").filter({ hasText: colleague.email });
  await expect(row).toContainText("127.0.0.1");
  await expect(row).not.toContainText(claimed);
  await admin.goto("/admin/audit?action=auth.signin_failed");
  await expect(admin.getByRole("row").filter({ hasText: colleague.email })).toHaveCount(5);
  await context.close();
});
