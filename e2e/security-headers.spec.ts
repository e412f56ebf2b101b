import { type APIResponse, expect, type Page, type Response, test } from "@playwright/test";
import { DEMO_ADMIN_EMAIL, DEMO_EDITOR_EMAIL } from "@/lib/demo/demo-accounts";
import { bodyEditor, photoPng, pressWorkflowButton, startStory } from "./fixtures/editor";
import { signIn } from "./helpers/auth";
import { E2E_VARNISH_URL } from "./helpers/site";
import { xCache } from "./helpers/varnish";

/*
 * Every response carries Byline's security headers (lib/security/headers.ts).
 * Reader pages, cached whole, share one Content-Security-Policy without a
 * nonce; per-request pages (sign-in, newsroom, admin) get a strict one with
 * a nonce made for that response, and still work under it.
 */

type AnyResponse = Response | APIResponse | null;

function headersOf(response: AnyResponse): Record<string, string> {
  expect(response, "a response").not.toBeNull();
  return response?.headers() ?? {};
}

/** The sources of one directive of a policy, or undefined when it lacks it. */
function directive(policy: string, name: string): string[] | undefined {
  return policy
    .split(";")
    .map((part) => part.trim().split(/\s+/))
    .find(([directiveName]) => directiveName === name)
    ?.slice(1);
}

function expectFixedHeaders(response: AnyResponse, what: string): string {
  const headers = headersOf(response);
  expect(headers["x-content-type-options"], what).toBe("nosniff");
  expect(headers["referrer-policy"], what).toBe("strict-origin-when-cross-origin");
  expect(headers["x-frame-options"], what).toBe("DENY");
  expect(headers["permissions-policy"], what).toMatch(/(^|, )camera=\(\)/);
  expect(headers["permissions-policy"], what).toMatch(/(^|, )geolocation=\(\)/);
  // The site under test is on http (SITE_URL): no HSTS there.
  expect(headers["strict-transport-security"], what).toBeUndefined();
  const policy = headers["content-security-policy"] ?? "";
  expect(directive(policy, "default-src"), what).toEqual(["'self'"]);
  expect(directive(policy, "object-src"), what).toEqual(["'none'"]);
  expect(directive(policy, "base-uri"), what).toEqual(["'none'"]);
  expect(directive(policy, "form-action"), what).toEqual(["'self'"]);
  expect(directive(policy, "frame-ancestors"), what).toEqual(["'none'"]);
  return policy;
}

/** Checks a reader response and returns its policy, which names no nonce. */
function readerPolicy(response: AnyResponse, what: string): string {
  const policy = expectFixedHeaders(response, what);
  expect(directive(policy, "script-src"), what).toEqual(["'self'", "'unsafe-inline'"]);
  expect(policy, what).not.toContain("nonce-");
  return policy;
}

/** Checks a per-request response and returns the nonce its policy names. */
function staffNonce(response: AnyResponse, what: string): string {
  const policy = expectFixedHeaders(response, what);
  const scripts = directive(policy, "script-src") ?? [];
  expect(scripts, what).toContain("'strict-dynamic'");
  expect(scripts, what).not.toContain("'unsafe-inline'");
  const nonce = /^'nonce-(.+)'$/.exec(scripts.find((source) => source.startsWith("'nonce-")) ?? "")?.[1];
  expect(nonce, `${what}: a nonce in script-src`).toBeTruthy();
  return nonce ?? "";
}

/** Every script the server sent carries the response's nonce, or the browser would refuse it. */
async function expectScriptsCarry(response: AnyResponse, nonce: string, what: string): Promise<void> {
  const scripts = ((await response?.text()) ?? "").match(/<script\b[^>]*>/g) ?? [];
  const code = scripts.filter((tag) => !tag.includes('type="application/ld+json"'));
  expect(code.length, what).toBeGreaterThan(0);
  for (const tag of code) expect(tag, what).toContain(`nonce="${nonce}"`);
}

/** Collects what the browser refused under the page's policy, and header errors it reports, on every page loaded. */
async function watchForViolations(page: Page): Promise<string[]> {
  const violations: string[] = [];
  await page.exposeFunction("reportPolicyViolation", (report: string) => violations.push(report));
  await page.addInitScript(() => {
    document.addEventListener("securitypolicyviolation", (event) => {
      const report = (window as unknown as { reportPolicyViolation: (report: string) => void }).reportPolicyViolation;
      report(
        `${event.violatedDirective} blocked ${event.blockedURI || "inline"} on ${location.pathname}, from ${event.sourceFile}:${event.lineNumber}`,
      );
    });
  });
  page.on("console", (message) => {
    if (/Content.Security.Policy|Permissions-Policy/i.test(message.text())) violations.push(message.text());
  });
  return violations;
}

test("reader pages carry the security headers and one policy for everyone, also from the caches", async ({
  request,
}) => {
  const home = await request.get("/");
  const policy = readerPolicy(home, "home");
  const story = /href="(\/articles\/[a-z0-9-]+)"/.exec(await home.text())?.[1];
  expect(story, "a story linked from the home page").toBeTruthy();

  for (const path of ["/", `${story}`, "/sections/world", "/feed.xml"]) {
    // The second answer comes from Next's route cache, as do most readers'.
    for (const visit of [1, 2]) {
      const response = await request.get(path);
      expect(response.status(), path).toBe(200);
      expect(readerPolicy(response, `${path}, visit ${visit}`), path).toBe(policy);
    }
  }

  // And Varnish keeps them with its copy: the hit has them too.
  for (const visit of ["MISS or PASS", "HIT"]) {
    const response = await request.get(`${E2E_VARNISH_URL}${story}`);
    expect(readerPolicy(response, `${story} through Varnish, ${visit}`)).toBe(policy);
    if (visit === "HIT") expect(xCache(response)).toBe("HIT");
  }
});

test("sign-in, newsroom and admin pages get a strict policy with a new nonce every time, and work under it", async ({
  page,
}) => {
  test.setTimeout(60_000);
  const violations = await watchForViolations(page);

  const loginNonces = new Set<string>();
  for (const visit of [1, 2]) {
    const response = await page.goto("/login");
    const nonce = staffNonce(response, `/login, visit ${visit}`);
    await expectScriptsCarry(response, nonce, "/login");
    loginNonces.add(nonce);
  }
  expect(loginNonces.size).toBe(2);

  await signIn(page, DEMO_ADMIN_EMAIL);
  for (const { path, heading } of [
    { path: "/editor/articles", heading: "Stories" },
    { path: "/admin/users", heading: "Users" },
  ]) {
    const nonces = new Set<string>();
    for (const visit of [1, 2]) {
      const response = await page.goto(path);
      await expect(page.getByRole("heading", { level: 1, name: heading })).toBeVisible();
      const nonce = staffNonce(response, `${path}, visit ${visit}`);
      await expectScriptsCarry(response, nonce, path);
      nonces.add(nonce);
    }
    expect(nonces.size, path).toBe(2);
  }
  // An address that matches no staff page is answered under this response's nonce too.
  for (const path of ["/admin/no-such-page", "/editor/articles/no-such-story/extra", "/account/no-such-page"]) {
    const response = await page.goto(path);
    expect(response?.status(), path).toBe(404);
    await expect(page.getByRole("heading", { level: 1, name: "Page not found" })).toBeVisible();
    await expectScriptsCarry(response, staffNonce(response, path), path);
  }
  expect(violations).toEqual([]);
});

test("the story editor works under the newsroom's policy, with nothing refused", async ({ page }) => {
  test.setTimeout(60_000);
  const violations = await watchForViolations(page);
  await signIn(page, DEMO_EDITOR_EMAIL);

  await startStory(page, {
    headline: "Harbour Lights Switched On for the Winter",
    paragraph: "The lights along the harbour wall came on at dusk.",
  });
  await expect(bodyEditor(page)).toContainText("The lights along the harbour wall came on at dusk.");
  const hero = page.getByRole("group", { name: "Hero image" });
  await hero
    .getByLabel("Hero image file")
    .setInputFiles({ name: "harbour.png", mimeType: "image/png", buffer: await photoPng() });
  await expect(hero.locator("img")).toHaveAttribute("src", /^\/media\/[a-z0-9]+\.webp$/);
  await expect
    .poll(() => hero.locator("img").evaluate((image: HTMLImageElement) => image.naturalWidth))
    .toBeGreaterThan(0);
  await hero.getByLabel("Alt text").fill("Lights along the harbour wall at dusk");
  await pressWorkflowButton(page, "Save draft", /^Saved\.$/);

  expect(violations).toEqual([]);
});
