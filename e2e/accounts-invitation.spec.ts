import { expect, test } from "@playwright/test";
import { DEMO_ADMIN_EMAIL } from "@/lib/demo/demo-accounts";
import { acceptInvitation, openUserAdmin, signIn, uniqueEmail } from "./helpers/auth";

test("an admin invites a writer, who signs in but cannot reach the admin area or replay an admin action", async ({
  page: admin,
  browser,
  baseURL,
}) => {
  await signIn(admin, DEMO_ADMIN_EMAIL, undefined, { next: "/admin/users/invite" });
  const email = uniqueEmail("ines");
  const name = "Ines Invitee";

  // A malformed email is answered beside its field, keeping what was typed.
  await admin.getByLabel("Email").fill("ines.example.com");
  await admin.getByLabel("Name").fill(name);
  await admin.getByRole("button", { name: "Invite user" }).click();
  await expect(admin.getByText("Enter a valid email address, such as name@example.com.")).toBeVisible();
  await expect(admin.getByLabel("Name")).toHaveValue(name);

  await admin.getByLabel("Email").fill(email);
  await admin.getByRole("combobox", { name: "Role" }).selectOption({ label: "Writer" });
  await admin.getByRole("button", { name: "Invite user" }).click();
  const link = await admin.getByLabel("Invitation link").inputValue();
  expect(link).toMatch(/\/invite\/[\w-]{43}$/);

  // Inviting the same address again is refused.
  await admin.getByLabel("Email").fill(email);
  await admin.getByLabel("Name").fill("Someone Else");
  await admin.getByRole("button", { name: "Invite user" }).click();
  await expect(admin.getByText("A user with this email address already exists.").first()).toBeVisible();

  // The admin promotes the invitee and sets them back: the first request is kept for the replay below.
  await openUserAdmin(admin, email, name);
  await admin.getByRole("combobox", { name: "Role" }).selectOption({ label: "Editor" });
  const [promotion] = await Promise.all([
    admin.waitForRequest((request) => request.method() === "POST" && Boolean(request.headers()["next-action"])),
    admin.getByRole("button", { name: "Change role" }).click(),
  ]);
  await expect(admin.getByText(`${name} is now Editor.`)).toBeVisible();
  await admin.getByRole("combobox", { name: "Role" }).selectOption({ label: "Writer" });
  await admin.getByRole("button", { name: "Change role" }).click();
  await expect(admin.getByText(`${name} is now Writer.`)).toBeVisible();

  // The invitee accepts and is signed in.
  const context = await browser.newContext();
  const writer = await context.newPage();
  await acceptInvitation(writer, link, "ines chooses a long password");
  await writer.goto("/account");
  await expect(writer.getByRole("heading", { level: 1, name: "Your account" })).toBeVisible();
  await expect(writer.getByRole("main")).toContainText(email);

  // The link works once.
  await writer.goto(link);
  await expect(writer.getByText("This invitation has already been used.")).toBeVisible();

  // A writer gets a 403 page for the admin area.
  const forbidden = await writer.goto("/admin/users");
  expect(forbidden?.status()).toBe(403);
  await expect(writer.getByRole("heading", { level: 1, name: "You do not have access to this page" })).toBeVisible();

  // Replaying the admin's "make Editor" request with the writer's session changes nothing.
  const headers = promotion.headers();
  const replay = await writer.request.post(promotion.url(), {
    headers: {
      "next-action": headers["next-action"]!,
      "content-type": headers["content-type"]!,
      accept: "text/x-component",
      origin: new URL(baseURL!).origin,
    },
    data: promotion.postDataBuffer()!,
  });
  expect(await replay.text()).toContain("You do not have permission to do that.");
  await writer.goto("/account");
  await expect(writer.getByRole("main").getByText("Writer", { exact: true })).toBeVisible();

  // The audit log shows the invitation, the role changes, the acceptance and the refused attempt.
  await admin.goto("/admin/audit");
  await admin.getByLabel("User").selectOption({ label: `${name} (${email})` });
  await admin.getByRole("button", { name: "Filter" }).click();
  const log = admin.getByRole("table");
  for (const action of ["user.invite", "user.role_change", "user.invitation_accept", "auth.signin", "access.denied"]) {
    await expect(log.getByRole("cell", { name: action, exact: true }).first()).toBeVisible();
  }
  await context.close();
});
