import { type Browser, expect, test } from "@playwright/test";
import { instantToNewsroomTime } from "@/lib/articles/publication-time";
import { DEMO_ADMIN_EMAIL, DEMO_EDITOR_EMAIL } from "@/lib/demo/demo-accounts";
import { waitForUrl } from "../scripts/servers";
import { pressWorkflowButton, startStory, storyPath } from "./fixtures/editor";
import { newColleague, signIn } from "./helpers/auth";
import { siteUnderTest } from "./helpers/site";

/**
 * Two `next start` servers over one database behave as one site. Each keeps
 * its pages in its own memory; a write through one expires them on the other
 * (BYLINE_PEER_URLS) before it answers. Runs on PostgreSQL, the database
 * for a site of several servers (on SQLite, e2e/varnish-newsroom.spec.ts
 * covers the two servers Varnish splits readers and staff between). The journeys'
 * own requests (`request`, `page`) go to the first server; cookies belong to
 * the host, not the port, so one sign-in holds on both.
 */

async function secondServer(browser: Browser, url: string) {
  await waitForUrl(`${url}/api/health`, { timeoutMs: 60_000 });
  const context = await browser.newContext({ baseURL: url });
  return { context, page: await context.newPage() };
}

test("a story published and edited through one server is on the other's pages at the next request", async ({
  browser,
  request,
}, testInfo) => {
  const second = await secondServer(browser, siteUnderTest(testInfo).secondServerUrl);
  // A retry writes a story of its own: the first try's may already be published.
  const crossing = testInfo.retry + 1;
  const headline = `Ferry Timetable Adds Late Crossing ${crossing} on Fridays`;
  const path = `/articles/ferry-timetable-adds-late-crossing-${crossing}-on-fridays`;
  // The first server has answered both pages, and holds them, before the change.
  for (let visit = 0; visit < 2; visit++) {
    expect((await request.get(path)).status()).toBe(404);
    expect(await (await request.get("/")).text()).not.toContain(headline);
  }

  await signIn(second.page, DEMO_EDITOR_EMAIL);
  await startStory(second.page, {
    headline,
    paragraph: "The last ferry on Fridays now leaves the mainland at half past eleven.",
  });
  await pressWorkflowButton(second.page, "Publish", /^Published\.$/);
  expect(await storyPath(second.page)).toBe(path);

  // No waiting and no retry: the first request after the editor's answer sees the story.
  const story = await request.get(path);
  expect(story.status()).toBe(200);
  expect(await story.text()).toContain(headline);
  expect(await (await request.get("/")).text()).toContain(headline);

  const corrected = `Ferry Timetable Adds Late Crossing ${crossing} on Fridays and Saturdays`;
  await second.page.getByLabel("Headline", { exact: true }).fill(corrected);
  await pressWorkflowButton(second.page, "Save changes", /^Saved\.$/);
  expect(await (await request.get(path)).text()).toContain(corrected);
  expect(await (await request.get("/")).text()).toContain(corrected);
  await second.context.close();
});

test("a story scheduled through one server appears on both at its time", async ({ browser, request }, testInfo) => {
  test.setTimeout(120_000);
  const secondUrl = siteUnderTest(testInfo).secondServerUrl;
  const second = await secondServer(browser, secondUrl);
  const headline = `Night Market ${testInfo.retry + 1} Returns to the Old Tram Depot`;
  await signIn(second.page, DEMO_EDITOR_EMAIL);
  await startStory(second.page, {
    headline,
    paragraph: "Stalls open at six in the evening, every Thursday until the end of the month.",
  });
  const zone =
    /time zone \(([^)]+)\)/.exec((await second.page.locator("#field-publishAt-hint").textContent()) ?? "")?.[1] ??
    "UTC";
  const publishAt = new Date(Date.now() + 25_000);
  await second.page.getByLabel("Publication time").fill(instantToNewsroomTime(publishAt, zone));
  await pressWorkflowButton(second.page, "Schedule", /^Scheduled for /);
  const path = await storyPath(second.page);
  await second.context.close();

  const servers = [testInfo.project.use.baseURL, secondUrl];
  for (const server of servers) {
    expect((await request.get(`${server}${path}`)).status()).toBe(404);
    expect(await (await request.get(`${server}/`)).text()).not.toContain(headline);
  }
  // No job runs on either: each page's copy lasts no longer than the next scheduled publication.
  for (const server of servers) {
    await expect
      .poll(async () => (await request.get(`${server}${path}`)).status(), { timeout: 75_000, intervals: [2_000] })
      .toBe(200);
    // Each page's copy ends at the publication time rounded up to its own second.
    await expect
      .poll(async () => (await request.get(`${server}/`)).text(), { timeout: 10_000, intervals: [1_000] })
      .toContain(headline);
  }
});

test("a session signed out on one server is over on the other", async ({ browser, page }, testInfo) => {
  const secondUrl = siteUnderTest(testInfo).secondServerUrl;
  await signIn(page, DEMO_ADMIN_EMAIL);
  await page.goto(`${secondUrl}/account`);
  await expect(page.getByRole("heading", { level: 1, name: "Your account" })).toBeVisible();
  const cookies = await page.context().cookies();

  await page.getByRole("button", { name: "Sign out", exact: true }).click();
  await expect(page.getByText("You have signed out.")).toBeVisible();

  // The same cookie, kept from before the sign-out, no longer opens anything on the first server.
  const keptCookie = await browser.newContext();
  await keptCookie.addCookies(cookies);
  const stale = await keptCookie.newPage();
  await stale.goto("/account");
  await expect(stale).toHaveURL(/\/login\?next=%2Faccount&reason=session-ended$/);
  await keptCookie.close();
});

test("wrong passwords counted on both servers lock the account on both", async ({ browser, page }, testInfo) => {
  const secondUrl = siteUnderTest(testInfo).secondServerUrl;
  await signIn(page, DEMO_ADMIN_EMAIL);
  const colleague = await newColleague(browser, page, { name: "Lee Lockout" });
  await colleague.context.close();

  const guesser = await (await browser.newContext()).newPage();
  const tryPassword = async (server: string, password: string) => {
    await guesser.goto(`${server}/login`);
    await guesser.getByLabel("Email").fill(colleague.email);
    const passwordField = guesser.getByLabel("Password", { exact: true });
    await passwordField.fill(password);
    await guesser.getByRole("button", { name: "Sign in" }).click();
    // The answer has come when the form clears the password (it keeps the email).
    await expect(passwordField).toHaveValue("");
  };
  const first = testInfo.project.use.baseURL ?? "";
  for (let attempt = 1; attempt <= 4; attempt++) {
    await tryPassword(attempt % 2 === 0 ? secondUrl : first, `wrong guess number ${attempt}`);
    await expect(guesser.getByText("Wrong email or password.")).toBeVisible();
  }
  const locked = "Too many failed sign-in attempts. Try again in 5 minutes.";
  await tryPassword(secondUrl, "wrong guess number 5");
  await expect(guesser.getByText(locked)).toBeVisible();
  // Even the right password is refused, on either server, while the lock lasts.
  for (const server of [first, secondUrl]) {
    await tryPassword(server, colleague.password);
    await expect(guesser.getByText(locked)).toBeVisible();
  }
  await guesser.context().close();
});
