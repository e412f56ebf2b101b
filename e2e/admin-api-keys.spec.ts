import { expect, test } from "@playwright/test";
import { DEMO_ADMIN_EMAIL, DEMO_EDITOR_EMAIL } from "@/lib/demo/demo-accounts";
import { signIn } from "./helpers/auth";
import { expectNoAxeViolations } from "./helpers/axe";

test.describe.configure({ timeout: 90_000 });

test("an admin makes an API key, an app reads the reference story with it, and the admin revokes it", async ({
  page,
  request,
}) => {
  const name = `Mobile app ${Date.now().toString(36).slice(-5)}`;
  await signIn(page, DEMO_ADMIN_EMAIL);
  await page.getByRole("link", { name: "API keys", exact: true }).click();
  await expect(page.getByRole("heading", { level: 1, name: "API keys" })).toBeVisible();

  const form = page.getByRole("form", { name: "New API key" });
  await form.getByRole("button", { name: "Create key" }).click();
  await expect(form.getByRole("textbox", { name: "Name" })).toHaveAccessibleDescription(/Give the key a name/);

  await form.getByRole("textbox", { name: "Name" }).fill(name);
  await form.getByRole("button", { name: "Create key" }).click();
  await expect(form.getByRole("status")).toContainText("shown only this once");
  const key = await page.getByRole("textbox", { name: "API key" }).inputValue();
  expect(key).toMatch(/^byline_/);
  await expectNoAxeViolations(page);

  const row = page.getByRole("row", { name: new RegExp(name) });
  await expect(row).toContainText(`${key.slice(0, 13)}…`);
  await expect(row).toContainText("Never");
  // The key is not on the page once it is reloaded: only its first characters are.
  await page.reload();
  await expect(page.getByRole("textbox", { name: "API key" })).toHaveCount(0);

  const story = await request.get("/api/content/v1/stories/putin-invites-trump-to-moscow", {
    headers: { authorization: `Bearer ${key}` },
  });
  expect(story.status()).toBe(200);
  const { data } = await story.json();
  expect(data.headline).toBe("Putin Invites Trump to Moscow");
  expect(data.bylines).toEqual([expect.objectContaining({ name: "Reuters", kind: "agency" })]);
  expect(data.hero_image).toMatchObject({ credit: "Kremlin.ru" });
  expect(data.body_html).toContain("<p>");

  await page.reload();
  await expect(page.getByRole("row", { name: new RegExp(name) })).not.toContainText("Never");

  const revoke = page.getByRole("form", { name: `Revoke ${name}` });
  await revoke.getByRole("checkbox", { name: `Yes, revoke ${name}` }).check();
  await revoke.getByRole("button", { name: "Revoke key" }).click();
  await expect(page.getByRole("row", { name: new RegExp(name) })).toContainText("Revoked");
  const refused = await request.get("/api/content/v1/stories", { headers: { authorization: `Bearer ${key}` } });
  expect(refused.status()).toBe(401);
  expect(refused.headers()["content-type"]).toBe("application/problem+json");
});

test("an editor has no API keys page", async ({ page }) => {
  await signIn(page, DEMO_EDITOR_EMAIL);
  await expect(page.getByRole("link", { name: "API keys", exact: true })).toHaveCount(0);
  const response = await page.goto("/admin/api-keys");
  expect(response?.status()).toBe(403);
});
