import { NextRequest } from "next/server";
import { ADD_CORRECTION_API, SAVE_STORY_API } from "@/lib/articles/history-paths";
import type { SaveRequest } from "@/lib/articles/schema";
import type { Action, ResourceFreeAction } from "@/lib/auth/policy";
import type { SessionUser } from "@/lib/auth/session-user";
import { cacheExpiryKey } from "@/lib/cache/expiry-key";
import { createApiKey } from "@/lib/content-api/keys";
import { readWireStory } from "@/lib/testing/fixtures";
import { NEWSROOM_PASSWORD, type Newsroom, samplePng } from "@/lib/testing/newsroom";
import { currentDatabase } from "@/lib/testing/request-doubles";
import { authenticatorCode, enrolInTwoFactor, startTwoFactorSetup } from "@/lib/testing/two-factor";
import { createWebhook } from "@/lib/webhooks/registry";

/**
 * Every server action and route handler, with who may use it and a request
 * that does so. lib/security/policy-coverage.test.ts fails for one found on
 * disk (lib/testing/entrypoints.ts) but missing here, so a new action or
 * route cannot ship without a line saying which rule of lib/auth/policy.ts
 * guards it, and without that rule being asked when it runs.
 */

/**
 * - a rule of the policy table, asked about `resource`: allowed exactly when `can()` says so;
 * - "signed-in": any staff member, with `asks` scoping what they get (a search);
 * - "public": anyone, signed in or not (signing in, one-time links, reader feeds);
 * - "nobody": refused whoever asks (a machine endpoint without its key).
 */
export type Guard =
  | { rule: Action; resource: (newsroom: Newsroom, actor: SessionUser) => unknown }
  | { rule: "signed-in"; asks: ResourceFreeAction }
  | { rule: "public" | "nobody" };

export type Payload =
  | { kind: "call"; input: unknown }
  | { kind: "form"; fields: Record<string, string> }
  /** A submission as it arrives, repeated and file fields included. */
  | { kind: "form-data"; data: FormData }
  | { kind: "request"; request: Request; params?: Record<string, string> };

export type EntrypointCase = Guard & {
  name: string;
  payload: (newsroom: Newsroom, actor: SessionUser | null) => Payload | Promise<Payload>;
};

const call = (input: unknown): Payload => ({ kind: "call", input });
const form = (fields: Record<string, string>): Payload => ({ kind: "form", fields });
const get = (path: string, params?: Record<string, string>): Payload => ({
  kind: "request",
  request: new NextRequest(`http://localhost${path}`),
  params,
});

const TAXONOMY = { rule: "taxonomy.manage", resource: () => null } as const;
const USERS = { rule: "user.manage", resource: () => null } as const;
const OWN_ACCOUNT = { rule: "account.update", resource: () => null } as const;
const PUBLIC = { rule: "public" } as const;
const WEBHOOKS = { rule: "webhook.manage", resource: () => null } as const;

const story = (createdById: string, status: "DRAFT" | "PUBLISHED") => ({ createdById, status });

/** What the story editor sends to save (its JSON route) and to autosave (its action). */
export function saveRequestBody(
  newsroom: Newsroom,
  article: { id: string; slug: string } | null,
  action: SaveRequest["action"],
  publishAt = "",
): SaveRequest {
  return {
    articleId: article?.id ?? null,
    baseVersion: article ? 1 : null,
    action,
    fields: {
      headline: "Cave Rescue Ends",
      slug: article?.slug ?? "cave-rescue-ends",
      slugFollowsHeadline: false,
      dek: "",
      sectionId: newsroom.sectionIds.world,
      tags: ["Russia"],
      bylines: [{ kind: "agency", name: "Reuters" }],
      dateline: "MAE SAI",
      sourceName: "",
      sourceUrl: "",
      heroMediaId: "",
      heroAlt: "",
      heroCaption: "",
      heroCredit: "",
      body: { type: "doc", content: [{ type: "paragraph", content: [{ type: "text", text: "All twelve are out." }] }] },
      relatedIds: [],
      seoTitle: "",
      seoDescription: "",
      publishAt,
    },
  };
}

const saveRequest = (...args: Parameters<typeof saveRequestBody>): Payload => call(saveRequestBody(...args));

/** The story editor's save, as its page posts it (app/api/editor/stories/save). */
const saveRoute = (...args: Parameters<typeof saveRequestBody>): Payload => ({
  kind: "request",
  request: new NextRequest(`http://localhost${SAVE_STORY_API}`, {
    method: "POST",
    headers: { "content-type": "application/json" },
    body: JSON.stringify(saveRequestBody(...args)),
  }),
});

/** The editor's corrections form, as its page posts it (app/api/editor/stories/corrections). */
const correctionRoute = (articleId: string, text: string): Payload => ({
  kind: "request",
  request: new NextRequest(`http://localhost${ADD_CORRECTION_API}`, {
    method: "POST",
    headers: { "content-type": "application/json" },
    body: JSON.stringify({ articleId, text }),
  }),
});

const draft = (newsroom: Newsroom) => ({ id: newsroom.storyIds.writersDraft, slug: "writers-draft" });
const published = (newsroom: Newsroom) => ({ id: newsroom.storyIds.published, slug: "colleagues-story" });

export const SERVER_ACTIONS: Record<string, EntrypointCase[]> = {
  "lib/articles/actions.ts#autosaveStory": [
    {
      name: "the writer's draft",
      rule: "article.edit",
      resource: (n) => story(n.users.WRITER.id, "DRAFT"),
      payload: (n) => saveRequest(n, draft(n), "save"),
    },
    {
      name: "a colleague's published story, kept as pending changes",
      rule: "article.edit",
      resource: (n) => story(n.colleague.id, "PUBLISHED"),
      payload: (n) => saveRequest(n, published(n), "save", "2026-01-05T09:00"),
    },
  ],
  "lib/articles/actions.ts#discardAutosavedChanges": [
    {
      name: "a colleague's published story",
      rule: "article.edit",
      resource: (n) => story(n.colleague.id, "PUBLISHED"),
      payload: (n) => call({ articleId: n.storyIds.published }),
    },
  ],
  "lib/articles/actions.ts#deleteStory": [
    {
      name: "the writer's draft",
      rule: "article.delete",
      resource: (n) => story(n.users.WRITER.id, "DRAFT"),
      payload: (n) => call({ articleId: n.storyIds.writersDraft, baseVersion: 1 }),
    },
  ],
  "lib/articles/actions.ts#searchStories": [
    {
      name: "headlines",
      rule: "signed-in",
      asks: "article.viewAll",
      payload: () => call({ text: "Story", excludeId: null }),
    },
  ],
  "lib/articles/actions.ts#readPastedWireStory": [
    { name: "a wire story", rule: "article.create", resource: () => null, payload: () => call(readWireStory()) },
  ],
  "lib/media/actions.ts#searchMediaAction": [
    { name: "the library", rule: "media.upload", resource: () => null, payload: () => call({ q: "blue", page: 1 }) },
  ],
  "lib/media/actions.ts#updateMediaAction": [
    {
      name: "an editor's upload",
      rule: "media.edit",
      resource: (n) => ({ uploadedById: n.users.EDITOR.id }),
      payload: (n) => form({ mediaId: n.photo.id, alt: "A blue square", caption: "Blue", credit: "Byline" }),
    },
  ],
  "lib/media/actions.ts#deleteMediaAction": [
    {
      name: "an editor's unused upload",
      rule: "media.delete",
      resource: (n) => ({ uploadedById: n.users.EDITOR.id }),
      payload: (n) => form({ mediaId: n.photo.id, confirm: "on" }),
    },
  ],
  "lib/auth/actions.ts#signInAction": [
    {
      name: "the writer's credentials",
      ...PUBLIC,
      payload: () => form({ email: "wanda@example.com", password: NEWSROOM_PASSWORD, next: "/editor" }),
    },
  ],
  "lib/auth/actions.ts#verifySignInCodeAction": [
    { name: "a code without a password first", ...PUBLIC, payload: () => form({ code: "123456", next: "/editor" }) },
  ],
  "lib/auth/actions.ts#signOutAction": [{ name: "signing out", ...PUBLIC, payload: () => form({}) }],
  "lib/auth/actions.ts#changePasswordAction": [
    {
      name: "one's own password",
      rule: "account.update",
      resource: () => null,
      payload: () =>
        form({
          currentPassword: NEWSROOM_PASSWORD,
          password: "an-even-longer-password",
          confirmPassword: "an-even-longer-password",
        }),
    },
  ],
  "lib/authors/actions.ts#saveProfileAction": [
    {
      name: "one's own byline",
      rule: "author.edit",
      resource: (_n, actor) => ({ userId: actor.id }),
      payload: () => form({ authorId: "", name: "A. Byline", jobTitle: "Reporter", bio: "", links: "" }),
    },
    {
      name: "a colleague's byline",
      rule: "author.edit",
      resource: (n) => ({ userId: n.colleague.id }),
      payload: (n) => form({ authorId: n.authorIds.colleague, name: "Colin C.", jobTitle: "", bio: "", links: "" }),
    },
  ],
  "lib/authors/actions.ts#saveAgencyAction": [
    {
      name: "an agency",
      ...TAXONOMY,
      payload: (n) => form({ authorId: n.authorIds.reuters, name: "Reuters", bio: "", url: "https://www.reuters.com" }),
    },
  ],
  "lib/authors/actions.ts#mergeAgencyAction": [
    { name: "two agencies", ...TAXONOMY, payload: (n) => form({ authorId: n.authorIds.apNews, into: "Reuters" }) },
  ],
  "lib/sections/actions.ts#createSectionAction": [
    { name: "a section", ...TAXONOMY, payload: () => form({ name: "Culture", description: "Books and films." }) },
  ],
  "lib/sections/actions.ts#updateSectionAction": [
    {
      name: "a section",
      ...TAXONOMY,
      payload: (n) => form({ sectionId: n.sectionIds.world, name: "World news", slug: "world", description: "" }),
    },
  ],
  "lib/sections/actions.ts#moveSectionAction": [
    { name: "a section", ...TAXONOMY, payload: (n) => form({ sectionId: n.sectionIds.sport, direction: "down" }) },
  ],
  "lib/sections/actions.ts#setSectionNavigationAction": [
    { name: "a section", ...TAXONOMY, payload: (n) => form({ sectionId: n.sectionIds.sport, inNavigation: "false" }) },
  ],
  "lib/sections/actions.ts#deleteSectionAction": [
    { name: "a section", ...TAXONOMY, payload: (n) => form({ sectionId: n.sectionIds.sport, confirm: "on" }) },
  ],
  "lib/sessions/actions.ts#endSessionAction": [
    {
      name: "one of one's sessions that has already ended",
      rule: "account.update",
      resource: () => null,
      payload: () => form({ sessionId: "an-ended-session" }),
    },
  ],
  "lib/sessions/actions.ts#endOtherSessionsAction": [
    { name: "one's other sessions", rule: "account.update", resource: () => null, payload: () => form({}) },
  ],
  "lib/sessions/actions.ts#endUserSessionsAction": [
    { name: "a colleague's sessions", ...USERS, payload: (n) => form({ userId: n.colleague.id }) },
  ],
  "lib/content-api/actions.ts#createApiKeyAction": [
    {
      name: "a content API key",
      rule: "apiKey.manage",
      resource: () => null,
      payload: () => form({ name: "Mobile app" }),
    },
  ],
  "lib/content-api/actions.ts#revokeApiKeyAction": [
    {
      name: "a content API key",
      rule: "apiKey.manage",
      resource: () => null,
      payload: async () => form({ keyId: (await apiKey()).id, confirm: "on" }),
    },
  ],
  "lib/webhooks/actions.ts#createWebhookAction": [
    {
      name: "a webhook",
      ...WEBHOOKS,
      payload: () => form({ url: "https://93.184.215.14/hooks", "story.published": "on" }),
    },
  ],
  "lib/webhooks/actions.ts#setWebhookStateAction": [
    { name: "a webhook", ...WEBHOOKS, payload: async () => form({ webhookId: await webhook(), enabled: "false" }) },
  ],
  "lib/webhooks/actions.ts#deleteWebhookAction": [
    { name: "a webhook", ...WEBHOOKS, payload: async () => form({ webhookId: await webhook(), confirm: "on" }) },
  ],
  "lib/webhooks/actions.ts#redeliverAction": [
    { name: "a webhook's delivery", ...WEBHOOKS, payload: async () => form({ deliveryId: await failedDelivery() }) },
  ],
  "lib/settings/actions.ts#saveSettingsAction": [
    {
      name: "the site's settings",
      rule: "settings.manage",
      resource: () => null,
      payload: () =>
        form({ name: "The Daily Walk", description: "", language: "en", timeZone: "Europe/London", socialLinks: "" }),
    },
  ],
  "lib/settings/actions.ts#saveTwoFactorRolesAction": [
    {
      name: "the roles that require two-factor sign-in",
      rule: "settings.manage",
      resource: () => null,
      payload: () => form({ EDITOR: "on", ADMIN: "on" }),
    },
  ],
  "lib/tags/actions.ts#renameTagAction": [
    {
      name: "a tag",
      ...TAXONOMY,
      payload: (n) => form({ tagId: n.tagIds.russia, name: "Russia", slug: "russia-news" }),
    },
  ],
  "lib/tags/actions.ts#mergeTagAction": [
    { name: "two tags", ...TAXONOMY, payload: (n) => form({ tagId: n.tagIds.politics, into: "Russia" }) },
  ],
  "lib/tags/actions.ts#deleteTagAction": [
    { name: "a tag", ...TAXONOMY, payload: (n) => form({ tagId: n.tagIds.politics, confirm: "on" }) },
  ],
  "lib/two-factor/admin-actions.ts#resetTwoFactorAction": [
    { name: "a colleague's second factor", ...USERS, payload: (n) => form({ userId: n.colleague.id }) },
  ],
  "lib/two-factor/actions.ts#startTwoFactorSetupAction": [
    { name: "one's own second factor", ...OWN_ACCOUNT, payload: () => form({}) },
  ],
  "lib/two-factor/actions.ts#verifyTwoFactorSetupAction": [
    {
      name: "the code of a set-up in progress",
      ...OWN_ACCOUNT,
      // The set-up is started first, as pressing "Set up two-factor authentication" would.
      payload: async (_n, actor) =>
        form({
          code: actor ? authenticatorCode(await startTwoFactorSetup(currentDatabase, actor.id), new Date()) : "123456",
        }),
    },
  ],
  "lib/two-factor/actions.ts#cancelTwoFactorSetupAction": [
    { name: "a set-up in progress", ...OWN_ACCOUNT, payload: () => form({}) },
  ],
  "lib/two-factor/actions.ts#turnOffTwoFactorAction": [
    {
      name: "one's own second factor, with a recovery code",
      ...OWN_ACCOUNT,
      payload: async (_n, actor) => {
        const recoveryCodes = actor
          ? (await enrolInTwoFactor(currentDatabase, actor.id, new Date())).recoveryCodes
          : [];
        return form({ currentPassword: NEWSROOM_PASSWORD, code: recoveryCodes[0] ?? "k7qm-2x9d-tw4h" });
      },
    },
  ],
  "lib/users/actions.ts#inviteUserAction": [
    {
      name: "a newcomer",
      ...USERS,
      payload: () => form({ email: "newbie@example.com", name: "Newbie", role: "WRITER" }),
    },
  ],
  "lib/users/actions.ts#changeRoleAction": [
    { name: "a colleague", ...USERS, payload: (n) => form({ userId: n.colleague.id, role: "EDITOR" }) },
  ],
  "lib/users/actions.ts#setDisabledAction": [
    { name: "a colleague", ...USERS, payload: (n) => form({ userId: n.colleague.id, disabled: "true" }) },
  ],
  "lib/users/actions.ts#makeLinkAction": [
    { name: "a colleague", ...USERS, payload: (n) => form({ userId: n.colleague.id }) },
  ],
  "lib/users/actions.ts#acceptInvitationAction": [
    {
      name: "an invitation",
      ...PUBLIC,
      payload: (n) =>
        form({ token: n.tokens.invitation, password: "a-password-of-my-own", confirmPassword: "a-password-of-my-own" }),
    },
  ],
  "lib/users/actions.ts#resetPasswordAction": [
    {
      name: "a password reset",
      ...PUBLIC,
      payload: (n) =>
        form({ token: n.tokens.reset, password: "a-password-of-my-own", confirmPassword: "a-password-of-my-own" }),
    },
  ],
};

async function upload(): Promise<Payload> {
  const body = new FormData();
  body.set("file", new File([new Uint8Array(await samplePng())], "photo.png", { type: "image/png" }));
  body.set("alt", "A blue square");
  return { kind: "request", request: new NextRequest("http://localhost/api/media", { method: "POST", body }) };
}

/** A content API key, made in the request's database as an admin would. */
function apiKey() {
  return createApiKey(currentDatabase, { name: "Inventory" }, { actor: null, ip: "" });
}

/** A webhook endpoint, registered in the request's database as an admin would. */
async function webhook(): Promise<string> {
  const created = await createWebhook(
    currentDatabase,
    { url: "https://93.184.215.14/hooks", events: ["story.published"] },
    { actor: null, ip: "" },
    false,
  );
  if (!created.ok) throw new Error(created.message);
  return created.id;
}

/** A delivery that gave up, which "Redeliver" sends again. */
async function failedDelivery(): Promise<string> {
  const webhookId = await webhook();
  const at = new Date();
  const event = await currentDatabase.webhookEvent.create({
    data: {
      type: "story.published",
      articleId: "a-story",
      subject: '{"slug":"a","headline":"A"}',
      dispatchedAt: at,
      availableAt: at,
    },
  });
  const delivery = await currentDatabase.webhookDelivery.create({
    data: { webhookId, eventId: event.id, status: "FAILED", attempts: 14, dueAt: at },
  });
  return delivery.id;
}

function contentApiGet(path: string, key: string | null, params?: Record<string, string>): Payload {
  return {
    kind: "request",
    request: new NextRequest(`http://localhost/api/content/v1${path}`, {
      headers: key ? { authorization: `Bearer ${key}` } : {},
    }),
    params,
  };
}

function preflightRequest(path: string): Payload {
  return { kind: "request", request: new NextRequest(`http://localhost${path}`, { method: "OPTIONS" }) };
}

/** A content API route: its GET with a key (anyone holding one) and without (nobody); its CORS preflight (anyone). */
function contentApi(
  route: string,
  path = `/${route}`,
  params?: Record<string, string>,
): Record<string, EntrypointCase[]> {
  const file = `app/api/content/v1/${route}/route.ts`;
  return {
    [`${file}#GET`]: [
      { name: "with a key", ...PUBLIC, payload: async () => contentApiGet(path, (await apiKey()).key, params) },
      { name: "without a key", rule: "nobody", payload: () => contentApiGet(path, null, params) },
    ],
    [`${file}#OPTIONS`]: [
      { name: "a browser's preflight", ...PUBLIC, payload: () => preflightRequest(`/api/content/v1${path}`) },
    ],
  };
}

function expireCache(key: string | null): Payload {
  return {
    kind: "request",
    request: new NextRequest("http://localhost/api/cache/expire", {
      method: "POST",
      headers: key ? { authorization: `Bearer ${key}` } : {},
      body: JSON.stringify({ articleIds: [], taxonomy: true }),
    }),
  };
}

/** An editor tab's heartbeat, release or takeover of a story's lock (app/api/editor/stories/[id]/presence). */
function storyLockRequest(articleId: string, method: "POST" | "DELETE", takeover = false): Payload {
  const path = `/api/editor/stories/${articleId}/presence${takeover ? "/takeover" : ""}`;
  return {
    kind: "request",
    request: new NextRequest(`http://localhost${path}`, {
      method,
      headers: { "content-type": "application/json" },
      body: JSON.stringify({ tabId: "0b6f4d3e-5a7c-4e2b-9d1f-8c3a2b1e0f47" }),
    }),
    params: { id: articleId },
  };
}

/** Route handlers; the GET ones that only read are public, like the pages they stand beside. */
export const ROUTE_HANDLERS: Record<string, EntrypointCase[]> = {
  "app/api/editor/stories/corrections/route.ts#POST": [
    {
      name: "a colleague's published story",
      rule: "article.correct",
      resource: (n) => story(n.colleague.id, "PUBLISHED"),
      payload: (n) => correctionRoute(n.storyIds.published, "An earlier version gave the wrong date."),
    },
  ],
  "app/api/editor/stories/save/route.ts#POST": [
    { name: "a new story", rule: "article.create", resource: () => null, payload: (n) => saveRoute(n, null, "save") },
    {
      name: "the writer's draft",
      rule: "article.edit",
      resource: (n) => story(n.users.WRITER.id, "DRAFT"),
      payload: (n) => saveRoute(n, draft(n), "save"),
    },
    {
      name: "publishing the writer's draft",
      rule: "article.publish",
      resource: (n) => story(n.users.WRITER.id, "DRAFT"),
      payload: (n) => saveRoute(n, draft(n), "publish"),
    },
    {
      name: "a colleague's published story",
      rule: "article.edit",
      resource: (n) => story(n.colleague.id, "PUBLISHED"),
      payload: (n) => saveRoute(n, published(n), "save", "2026-01-05T09:00"),
    },
  ],
  "app/api/editor/stories/[id]/presence/route.ts#POST": [
    {
      name: "the writer's draft",
      rule: "article.view",
      resource: (n) => story(n.users.WRITER.id, "DRAFT"),
      payload: (n) => storyLockRequest(n.storyIds.writersDraft, "POST"),
    },
    {
      name: "a colleague's published story",
      rule: "article.view",
      resource: (n) => story(n.colleague.id, "PUBLISHED"),
      payload: (n) => storyLockRequest(n.storyIds.published, "POST"),
    },
  ],
  "app/api/editor/stories/[id]/presence/route.ts#DELETE": [
    {
      name: "the writer's draft",
      rule: "article.view",
      resource: (n) => story(n.users.WRITER.id, "DRAFT"),
      payload: (n) => storyLockRequest(n.storyIds.writersDraft, "DELETE"),
    },
  ],
  "app/api/editor/stories/[id]/presence/takeover/route.ts#POST": [
    {
      name: "the writer's draft",
      rule: "article.edit",
      resource: (n) => story(n.users.WRITER.id, "DRAFT"),
      payload: (n) => storyLockRequest(n.storyIds.writersDraft, "POST", true),
    },
    {
      name: "a colleague's published story",
      rule: "article.edit",
      resource: (n) => story(n.colleague.id, "PUBLISHED"),
      payload: (n) => storyLockRequest(n.storyIds.published, "POST", true),
    },
  ],
  "app/api/media/route.ts#POST": [{ name: "an image", rule: "media.upload", resource: () => null, payload: upload }],
  "app/api/cache/expire/route.ts#POST": [
    { name: "with the site's key", ...PUBLIC, payload: () => expireCache(cacheExpiryKey()) },
    { name: "without the key", rule: "nobody", payload: () => expireCache(null) },
  ],
  "app/api/auth/[...nextauth]/route.ts#GET": [
    { name: "the session", ...PUBLIC, payload: () => get("/api/auth/session") },
  ],
  "app/api/auth/[...nextauth]/route.ts#POST": [
    {
      name: "signing in without Auth.js's CSRF token",
      ...PUBLIC,
      payload: () => ({
        kind: "request",
        request: new NextRequest("http://localhost/api/auth/callback/credentials", {
          method: "POST",
          body: new URLSearchParams({ email: "wanda@example.com", password: NEWSROOM_PASSWORD }),
        }),
      }),
    },
  ],
  "app/login/session-ended/route.ts#GET": [
    { name: "an ended session", ...PUBLIC, payload: () => get("/login/session-ended?next=/editor") },
  ],
  "app/api/health/route.ts#GET": [{ name: "health", ...PUBLIC, payload: () => get("/api/health") }],
  "app/api/health/ready/route.ts#GET": [{ name: "readiness", ...PUBLIC, payload: () => get("/api/health/ready") }],
  "app/media/[file]/route.ts#GET": [
    { name: "an image", ...PUBLIC, payload: (n) => get(`/media/${n.photo.fileName}`, { file: n.photo.fileName }) },
  ],
  "app/(site)/logo.png/route.ts#GET": [{ name: "the logo", ...PUBLIC, payload: () => get("/logo.png") }],
  "app/feed.xml/route.ts#GET": [{ name: "RSS", ...PUBLIC, payload: () => get("/feed.xml") }],
  "app/atom.xml/route.ts#GET": [{ name: "Atom", ...PUBLIC, payload: () => get("/atom.xml") }],
  "app/feed.json/route.ts#GET": [{ name: "JSON Feed", ...PUBLIC, payload: () => get("/feed.json") }],
  "app/(site)/sections/[slug]/feed.xml/route.ts#GET": [
    { name: "a section's feed", ...PUBLIC, payload: () => get("/sections/world/feed.xml", { slug: "world" }) },
  ],
  "app/sitemap.xml/route.ts#GET": [{ name: "the sitemap index", ...PUBLIC, payload: () => get("/sitemap.xml") }],
  "app/news-sitemap.xml/route.ts#GET": [
    { name: "the news sitemap", ...PUBLIC, payload: () => get("/news-sitemap.xml") },
  ],
  "app/sitemaps/[file]/route.ts#GET": [
    { name: "a sitemap file", ...PUBLIC, payload: () => get("/sitemaps/1.xml", { file: "1.xml" }) },
  ],
  ...contentApi("stories"),
  ...contentApi("stories/[slug]", "/stories/colleagues-story", { slug: "colleagues-story" }),
  ...contentApi("sections"),
  ...contentApi("tags"),
  ...contentApi("authors"),
  "app/api/content/v1/openapi.json/route.ts#GET": [
    { name: "the OpenAPI document", ...PUBLIC, payload: () => get("/api/content/v1/openapi.json") },
  ],
  "app/api/content/v1/openapi.json/route.ts#OPTIONS": [
    { name: "a browser's preflight", ...PUBLIC, payload: () => preflightRequest("/api/content/v1/openapi.json") },
  ],
};
