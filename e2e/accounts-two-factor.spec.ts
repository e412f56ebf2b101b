import { expect, type Page, test } from "@playwright/test";
import { Secret, TOTP } from "otpauth";
import { DEMO_ADMIN_EMAIL } from "@/lib/demo/demo-accounts";
import { newColleague, openUserAdmin, signIn } from "./helpers/auth";
import { expectNoAxeViolations } from "./helpers/axe";

/** The time step (RFC 6238, 30 seconds) an authenticator app is in now. */
const currentStep = () => Math.floor(Date.now() / 30_000);
/** What the app shows in that step, computed with otpauth from the setup key, as a phone would. */
const codeFor = (secret: Secret, step: number) => TOTP.generate({ secret, timestamp: step * 30_000 });

/** Email and password on /login; the sign-in then asks for the second factor. */
async function enterPassword(page: Page, email: string, password: string): Promise<void> {
  await page.goto("/login");
  await page.getByLabel("Email").fill(email);
  await page.getByLabel("Password", { exact: true }).fill(password);
  await page.getByRole("button", { name: "Sign in" }).click();
  await expect(page.getByLabel("Authentication code")).toBeVisible();
}

async function enterCode(page: Page, code: string): Promise<void> {
  const field = page.getByLabel("Authentication code");
  await field.fill(code);
  await page.getByRole("button", { name: "Verify" }).click();
}

async function signOut(page: Page): Promise<void> {
  await page.getByRole("button", { name: "Sign out", exact: true }).click();
  await expect(page.getByText("You have signed out.")).toBeVisible();
}

test("two-factor sign-in: set up on /account, a code once, a recovery code once, then off", async ({
  page: admin,
  browser,
}) => {
  await signIn(admin, DEMO_ADMIN_EMAIL);
  // Someone new, so the demo accounts the other journeys sign in with keep signing in with a password alone.
  const colleague = await newColleague(browser, admin, { name: "Tess Twofactor" });
  const { page } = colleague;

  await page.goto("/account");
  const section = page.getByRole("region", { name: "Two-factor authentication" });
  await section.getByRole("button", { name: "Set up two-factor authentication" }).click();
  await expect(section.getByRole("img", { name: /QR code/ })).toBeVisible();
  await expectNoAxeViolations(page);
  const secret = Secret.fromBase32((await section.getByLabel("Setup key").inputValue()).replaceAll(" ", ""));

  // A wrong code is refused and the set-up goes on.
  const enrolStep = currentStep();
  await section.getByLabel("Authentication code").fill(codeFor(secret, enrolStep + 5));
  await section.getByRole("button", { name: "Verify" }).click();
  await expect(section.getByText(/That code is not right/)).toBeVisible();

  await section.getByLabel("Authentication code").fill(codeFor(secret, enrolStep));
  await section.getByRole("button", { name: "Verify" }).click();
  const shownCodes = section.getByRole("list", { name: "Recovery codes" }).getByRole("listitem");
  await expect(shownCodes).toHaveCount(10);
  const recoveryCodes = await shownCodes.allTextContents();
  await expect(section.getByText(/Keep these codes somewhere safe/)).toBeVisible();
  await section.getByRole("button", { name: "I have saved my recovery codes" }).click();
  await expect(section.getByText(/^On since/)).toBeVisible();
  await expect(section.getByText("10 of 10 recovery codes left.")).toBeVisible();
  await expectNoAxeViolations(page);
  // Shown once: after a reload they are gone.
  await page.reload();
  await expect(section.getByRole("list", { name: "Recovery codes" })).toHaveCount(0);
  await signOut(page);

  // The password alone no longer signs in: the code of the next step does (apps may run a step ahead).
  const signInCode = codeFor(secret, enrolStep + 1);
  await enterPassword(page, colleague.email, colleague.password);
  await enterCode(page, signInCode);
  await page.waitForURL((url) => url.pathname !== "/login");
  await signOut(page);

  // The same code again, within its window, is refused.
  await enterPassword(page, colleague.email, colleague.password);
  await enterCode(page, signInCode);
  await expect(page.getByLabel("Authentication code")).toHaveAttribute("aria-invalid", "true");
  await expect(page).toHaveURL(/\/login/);

  // A recovery code signs in, typed any which way, once.
  await enterCode(page, recoveryCodes[0]!.toUpperCase().replaceAll("-", " "));
  await page.waitForURL((url) => url.pathname !== "/login");
  await page.goto("/account");
  await expect(section.getByText("9 of 10 recovery codes left.")).toBeVisible();

  // A password reset link sets the password, then asks for the second factor as /login does.
  await openUserAdmin(admin, colleague.email, "Tess Twofactor");
  await admin.getByRole("button", { name: "Make a password reset link" }).click();
  const resetLink = await admin.getByLabel("Password reset link").inputValue();
  const newPassword = "a brand new long password";
  await page.goto(resetLink);
  await page.getByLabel("New password", { exact: true }).fill(newPassword);
  await page.getByLabel("Confirm new password").fill(newPassword);
  await page.getByRole("button", { name: "Set password and sign in" }).click();
  await expect(page).toHaveURL(/\/login\?step=code$/);
  await enterCode(page, recoveryCodes[2]!);
  await page.waitForURL((url) => url.pathname !== "/login");
  await page.goto("/account");
  await expect(section.getByText("8 of 10 recovery codes left.")).toBeVisible();

  // Turning it off takes the password and a code.
  await section.getByLabel("Current password").fill(newPassword);
  await section.getByLabel("Authentication code").fill(recoveryCodes[1]!);
  await section.getByRole("button", { name: "Turn off two-factor authentication" }).click();
  await expect(section.getByRole("button", { name: "Set up two-factor authentication" })).toBeVisible();
  await signOut(page);
  await signIn(page, colleague.email, newPassword);
  await expect(page).not.toHaveURL(/\/login/);
  await colleague.context.close();

  // Every step is in the audit log.
  for (const action of [
    "auth.2fa_enrol",
    "auth.2fa_success",
    "auth.2fa_failed",
    "auth.2fa_recovery_used",
    "auth.2fa_disable",
  ]) {
    await admin.goto(`/admin/audit?action=${action}`);
    await expect(admin.getByRole("row").filter({ hasText: colleague.email }).first(), action).toBeVisible();
  }
});
