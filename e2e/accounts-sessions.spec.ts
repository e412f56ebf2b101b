import path from "node:path";
import { type Browser, expect, type Page, test } from "@playwright/test";
import Database from "better-sqlite3";
import { Secret, TOTP } from "otpauth";
import { DEMO_ADMIN_EMAIL } from "@/lib/demo/demo-accounts";
import { newColleague, openUserAdmin, signIn } from "./helpers/auth";
import { expectNoAxeViolations } from "./helpers/axe";

/** A writer of this test's own, signed in once (through their invitation) in a browser of their own. */
async function writerOfOurOwn(browser: Browser, admin: Page, name: string) {
  await signIn(admin, DEMO_ADMIN_EMAIL);
  return newColleague(browser, admin, { name });
}

/** Where a page that needs a session lands once its session has ended. */
async function expectSignedOut(page: Page) {
  await page.goto("/account");
  await expect(page).toHaveURL(/\/login\?/);
  await expect(page.getByRole("button", { name: "Sign in" })).toBeVisible();
}

test("a second browser's session is listed on /account, and signing it out from the first ends it", async ({
  page: admin,
  browser,
}) => {
  const writer = await writerOfOurOwn(browser, admin, "Sam Sessions");
  const laptop = writer.page;
  const phoneContext = await browser.newContext();
  const phone = await phoneContext.newPage();
  await signIn(phone, writer.email, writer.password);

  await laptop.goto("/account");
  const sessions = laptop.getByRole("region", { name: "Sessions" });
  const table = sessions.getByRole("table", { name: "Your active sessions" });
  await expect(table.getByRole("row")).toHaveCount(3); // the heading row and two sessions
  await expect(table.getByRole("row").filter({ hasText: "This session" })).toHaveCount(1);
  await expectNoAxeViolations(laptop);
  // Only the other session can be signed out from here: this one signs out with the header's button.
  const signOutOther = sessions.getByRole("button", { name: /^Sign out .+, last active / });
  await expect(signOutOther).toHaveCount(1);
  await signOutOther.click();
  await expect(sessions.getByRole("status")).toHaveText(/ is signed out\.$/);
  await expect(table.getByRole("row")).toHaveCount(2);

  await expectSignedOut(phone);
  // The laptop's own session goes on.
  await laptop.reload();
  await expect(laptop.getByRole("heading", { level: 1, name: "Your account" })).toBeVisible();

  // Back on the phone, then signed out of it with "Sign out everywhere else".
  await signIn(phone, writer.email, writer.password);
  await laptop.reload();
  await expect(table.getByRole("row")).toHaveCount(3);
  const others = laptop.getByRole("form", { name: "Other sessions" });
  await others.getByRole("button", { name: "Sign out everywhere else" }).click();
  await expect(others.getByRole("status")).toHaveText("You are signed out everywhere else (1 session).");
  await expect(table.getByRole("row")).toHaveCount(2);
  await expectSignedOut(phone);

  await admin.goto("/admin/audit?action=auth.session_end");
  await expect(admin.getByRole("row").filter({ hasText: writer.email })).toHaveCount(1);
  await phoneContext.close();
  await writer.context.close();
});

test("after signing out, a copy of the old session cookie no longer opens /account", async ({
  page: admin,
  browser,
}) => {
  const writer = await writerOfOurOwn(browser, admin, "Cora Cookie");
  await writer.page.goto("/account");
  await expect(writer.page.getByRole("heading", { level: 1, name: "Your account" })).toBeVisible();
  const copied = await writer.context.cookies();
  expect(copied.some((cookie) => cookie.name.includes("session-token"))).toBe(true);

  await writer.page.getByRole("button", { name: "Sign out", exact: true }).click();
  await expect(writer.page.getByText("You have signed out.")).toBeVisible();

  const thief = await browser.newContext();
  await thief.addCookies(copied);
  await expectSignedOut(await thief.newPage());
  await thief.close();
  await writer.context.close();
});

test("a session in use is refused once its absolute lifetime is over", async ({ page: admin, browser }) => {
  const writer = await writerOfOurOwn(browser, admin, "Abe Absolute");
  await writer.page.goto("/account");
  await expect(writer.page.getByRole("heading", { level: 1, name: "Your account" })).toBeVisible();

  // The test clock: the server's session rows are moved 12 hours into the past, as if the writer had
  // signed in then, while "last used" stays just now, so only the absolute lifetime can end the session.
  const database = new Database(path.join(process.env.E2E_DATA_DIR!, "byline.db"));
  const twelveHoursAgo = (stored: string) => new Date(Date.parse(stored) - 12 * 60 * 60 * 1000).toISOString();
  const sessions = database
    .prepare<[string], { id: string; createdAt: string; expiresAt: string }>(
      `SELECT "id", "createdAt", "expiresAt" FROM "StaffSession" WHERE "userId" = (SELECT "id" FROM "User" WHERE "email" = ?)`,
    )
    .all(writer.email);
  const move = database.prepare(`UPDATE "StaffSession" SET "createdAt" = ?, "expiresAt" = ? WHERE "id" = ?`);
  const moved = sessions.map((row) => move.run(twelveHoursAgo(row.createdAt), twelveHoursAgo(row.expiresAt), row.id));
  database.close();
  expect(moved.map((result) => result.changes)).toEqual([1]);

  await writer.page.goto("/account");
  await expect(writer.page).toHaveURL(/\/login\?next=%2Faccount&reason=session-ended$/);
  await expect(writer.page.getByText("Your session has ended. Please sign in again.")).toBeVisible();
  await writer.context.close();
});

test("an admin's \"End all sessions\" on a user's page ends that user's session", async ({ page: admin, browser }) => {
  const name = "Eli Ended";
  const writer = await writerOfOurOwn(browser, admin, name);

  await openUserAdmin(admin, writer.email, name);
  const sessions = admin.getByRole("region", { name: "Sessions" });
  await expect(sessions.getByRole("table", { name: `${name}'s active sessions` }).getByRole("row")).toHaveCount(2);
  await expect(admin.getByText("Off", { exact: true })).toBeVisible(); // two-factor authentication
  await expectNoAxeViolations(admin);
  await sessions.getByRole("button", { name: "End all sessions" }).click();
  await expect(sessions.getByRole("status")).toHaveText(`${name} is signed out everywhere (1 session).`);
  await expect(sessions.getByText("No active sessions.")).toBeVisible();

  await expectSignedOut(writer.page);
  await admin.goto("/admin/audit?action=user.sessions_end");
  await expect(admin.getByRole("row").filter({ hasText: writer.email })).toHaveCount(1);
  await writer.context.close();
});

test.describe("two-factor authentication required for editors", () => {
  /** Ticks or unticks "Editor" under "Require two-factor authentication for" on /admin/settings. */
  async function requireForEditors(admin: Page, required: boolean) {
    await admin.goto("/admin/settings");
    const form = admin.getByRole("form", { name: "Two-factor sign-in" });
    await form.getByRole("checkbox", { name: "Editor" }).setChecked(required);
    await form.getByRole("button", { name: "Save two-factor requirement" }).click();
    await expect(form.getByRole("status")).toBeVisible();
    await expect(form.getByRole("checkbox", { name: "Editor" })).toBeChecked({ checked: required });
  }

  // Every editor is affected while it is on, the demo editor of later journeys too: it goes off whatever happens here.
  test.afterEach(async ({ browser }) => {
    const context = await browser.newContext();
    const admin = await context.newPage();
    await signIn(admin, DEMO_ADMIN_EMAIL);
    await requireForEditors(admin, false);
    await context.close();
  });

  test("an editor without it is sent to set it up, every other staff page sends them back, and setting it up lets them in", async ({
    page: admin,
    browser,
  }) => {
    await signIn(admin, DEMO_ADMIN_EMAIL);
    const editor = await newColleague(browser, admin, { name: "Ed Twofactor", role: "Editor" });
    await editor.page.getByRole("button", { name: "Sign out", exact: true }).click();
    await expect(editor.page.getByText("You have signed out.")).toBeVisible();

    await requireForEditors(admin, true);
    await expect(admin.getByRole("form", { name: "Two-factor sign-in" }).getByRole("status")).toHaveText(
      /^Two-factor authentication is required for: (.+, )?Editor\./,
    );

    await signIn(editor.page, editor.email, editor.password, { next: "/editor" });
    await expect(editor.page).toHaveURL(/\/account\?two-factor=required$/);
    await expect(editor.page.getByText(/Your role \(Editor\) requires two-factor authentication/)).toBeVisible();
    for (const path of ["/editor", "/editor/articles/new", "/admin/sections"]) {
      await editor.page.goto(path);
      await expect(editor.page).toHaveURL(/\/account\?two-factor=required$/);
    }
    // Ending sessions stays open to them, like signing out.
    const others = editor.page.getByRole("form", { name: "Other sessions" });
    await others.getByRole("button", { name: "Sign out everywhere else" }).click();
    await expect(others.getByRole("status")).toHaveText("You were not signed in anywhere else.");

    // Set up, as an authenticator app would, and the newsroom opens.
    const section = editor.page.getByRole("region", { name: "Two-factor authentication" });
    await section.getByRole("button", { name: "Set up two-factor authentication" }).click();
    const secret = Secret.fromBase32((await section.getByLabel("Setup key").inputValue()).replaceAll(" ", ""));
    await section.getByLabel("Authentication code").fill(TOTP.generate({ secret }));
    await section.getByRole("button", { name: "Verify" }).click();
    await expect(section.getByRole("list", { name: "Recovery codes" }).getByRole("listitem")).toHaveCount(10);
    await editor.page.goto("/editor");
    await expect(editor.page).toHaveURL(/\/editor$/);
    await expect(editor.page.getByText(/requires two-factor authentication/)).toHaveCount(0);

    await admin.goto("/admin/audit?action=settings.update");
    await expect(admin.getByRole("row").filter({ hasText: DEMO_ADMIN_EMAIL }).first()).toBeVisible();
    await editor.context.close();
  });
});
