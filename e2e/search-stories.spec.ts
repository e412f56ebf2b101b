import { expect, test } from "@playwright/test";

test("search finds the Putin story for “Kremlin invitation Moscow” and marks the matches", async ({ page }) => {
  await page.goto("/");
  await page.getByRole("banner").getByRole("link", { name: "Search" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Search" })).toBeVisible();
  await page.getByLabel("Search stories").fill("Kremlin invitation Moscow");
  await page.getByRole("button", { name: "Search" }).click();

  await expect(page).toHaveURL(/\/search\?q=Kremlin\+invitation\+Moscow$/);
  const results = page.getByRole("region", { name: /stories match “Kremlin invitation Moscow”/ });
  const first = results.getByRole("listitem").first();
  await expect(first.getByRole("heading", { level: 3 })).toHaveText("Putin Invites Trump to Moscow");
  await expect(first.locator("h3 mark")).toHaveText(["Invites", "Moscow"]);
  await expect(first.locator("p mark").first()).toHaveText(/invitation|Moscow/i);
  await expect(page.getByLabel("Search stories")).toHaveValue("Kremlin invitation Moscow");

  await first.getByRole("link", { name: "Putin Invites Trump to Moscow" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Putin Invites Trump to Moscow" })).toBeVisible();
});

test("any input is safe: quotes, operators, symbols, emoji and very long queries", async ({ page }) => {
  const inputs = ['"unbalanced', "a -b", "(*)", "OR AND NOT", "🙂 Moscow 🙂", "Moscow ".repeat(142).slice(0, 1000)];
  for (const input of inputs) {
    const response = await page.goto(`/search?q=${encodeURIComponent(input)}`);
    expect(response?.status(), input).toBe(200);
    await expect(page.getByLabel("Search stories"), input).toHaveValue(input.trim());
    await expect(page.getByRole("main"), input).toContainText(/match/);
  }
  await page.goto(`/search?q=${encodeURIComponent("🙂 Moscow 🙂")}`);
  await expect(page.getByRole("heading", { level: 3, name: "Putin Invites Trump to Moscow" })).toBeVisible();
  await page.goto(`/search?q=${encodeURIComponent("(*)")}`);
  await expect(page.getByText("No stories match “(*)”.")).toBeVisible();
});

test("no query shows the search box; one over 1,000 characters is kept and explained beside the box", async ({
  page,
}) => {
  await page.goto("/search");
  await expect(page.getByLabel("Search stories")).toHaveValue("");
  await expect(page.getByRole("main")).not.toContainText("match");

  const tooLong = "x".repeat(1001);
  const response = await page.goto(`/search?q=${tooLong}`);
  expect(response?.status()).toBe(200);
  const box = page.getByLabel("Search stories");
  await expect(box).toHaveValue(tooLong);
  await expect(box).toHaveAttribute("aria-invalid", "true");
  await expect(box).toHaveAccessibleDescription(/at most 1,000 characters/);
});
