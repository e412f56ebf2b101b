import { expect, test } from "@playwright/test";
import { DEMO_ADMIN_EMAIL } from "@/lib/demo/demo-accounts";
import { signIn } from "./helpers/auth";
import { E2E_VARNISH_URL } from "./helpers/site";
import { pageThroughVarnish, xCache } from "./helpers/varnish";

/*
 * What Varnish must never answer from its cache: anything for a signed-in
 * person, the staff areas and their sign-in, and Next's RSC requests. Each
 * address is asked twice; a cache would answer the second time (as it does
 * for the anonymous reader below, which shows that the same page is cached).
 */
const STAFF_PAGES = [
  { path: "/editor", heading: "Desk" },
  { path: "/editor/articles", heading: "Stories" },
  { path: "/editor/articles/new", heading: "New story" },
  { path: "/admin/users", heading: "Users" },
  { path: "/admin/audit", heading: "Audit log" },
  { path: "/account", heading: "Your account" },
];
const STORY = { path: "/articles/putin-invites-trump-to-moscow", headline: "Putin Invites Trump to Moscow" };

test("a signed-in person and every staff page go past Varnish's cache, every time", async ({ browser }) => {
  test.setTimeout(90_000);
  const admin = await pageThroughVarnish(browser);
  await signIn(admin, DEMO_ADMIN_EMAIL);

  for (const { path, heading } of STAFF_PAGES) {
    for (const visit of [1, 2]) {
      const response = await admin.goto(path);
      expect(xCache(response), `${path}, visit ${visit}`).toBe("PASS");
      await expect(admin.getByRole("heading", { level: 1, name: heading })).toBeVisible();
    }
  }

  // The reader's own pages too, while signed in.
  for (const visit of [1, 2]) {
    expect(xCache(await admin.goto(STORY.path)), `signed-in story, visit ${visit}`).toBe("PASS");
    await expect(admin.getByRole("heading", { level: 1, name: STORY.headline })).toBeVisible();
  }

  const reader = await pageThroughVarnish(browser);
  await reader.goto(STORY.path);
  expect(xCache(await reader.goto(STORY.path))).toBe("HIT");
  await expect(reader.getByRole("heading", { level: 1, name: STORY.headline })).toBeVisible();

  // Signed out, staff addresses still pass: the sign-in form, its redirects, one-time links, the API.
  for (const path of ["/login", "/editor", "/admin/users", "/invite/not-a-token", "/reset/not-a-token"]) {
    for (const visit of [1, 2]) {
      const response = await reader.request.get(path, { maxRedirects: 0 });
      expect(xCache(response), `${path} signed out, visit ${visit}`).toBe("PASS");
    }
  }
  await reader.goto("/editor");
  await expect(reader.getByRole("heading", { level: 1, name: "Sign in" })).toBeVisible();
  const health = await reader.request.get("/api/health");
  expect(xCache(health)).toBe("PASS");

  await admin.context().close();
  await reader.context().close();
});

test("Next's RSC requests pass, so no reader is ever handed a flight payload", async ({ request }) => {
  const flight = await request.get(`${E2E_VARNISH_URL}${STORY.path}?_rsc=e2e`, { headers: { RSC: "1" } });
  expect(xCache(flight)).toBe("PASS");
  expect(flight.headers()["content-type"]).toContain("text/x-component");

  for (const visit of [1, 2]) {
    const page = await request.get(`${E2E_VARNISH_URL}${STORY.path}`);
    expect(page.headers()["content-type"], `visit ${visit}`).toContain("text/html");
    expect(await page.text()).toMatch(/^<!DOCTYPE html>/i);
  }
  const cached = await request.get(`${E2E_VARNISH_URL}${STORY.path}`);
  expect(xCache(cached)).toBe("HIT");
  expect(cached.headers()["content-type"]).toContain("text/html");
});
