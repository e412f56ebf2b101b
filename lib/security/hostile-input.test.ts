import fc from "fast-check";
import { NextRequest } from "next/server";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { ADD_CORRECTION_API, SAVE_STORY_API } from "@/lib/articles/history-paths";
import type { SessionUser } from "@/lib/auth/session-user";
import { cacheExpiryKey } from "@/lib/cache/expiry-key";
import { createApiKey } from "@/lib/content-api/keys";
import { cloneTestDatabase, createTestDatabase, runsOnPostgres, type TestDatabase } from "@/lib/testing/database";
import { databaseFingerprint } from "@/lib/testing/database-fingerprint";
import { type Payload, ROUTE_HANDLERS, SERVER_ACTIONS, saveRequestBody } from "@/lib/testing/entrypoint-inventory";
import { judge, type Reply, send } from "@/lib/testing/entrypoint-runner";
import { type RouteHandler, routeHandlers, type ServerAction, serverActions } from "@/lib/testing/entrypoints";
import { hostileArgument, hostileFile, hostileForm, hostileString, LEAK, mutated } from "@/lib/testing/hostile-input";
import { type Newsroom, samplePng, seedNewsroom } from "@/lib/testing/newsroom";
import { request } from "@/lib/testing/request-doubles";

// The same stand-ins for the request as lib/security/policy-coverage.test.ts: the code under test is real.
vi.mock("@/lib/db", async (original) => ({
  ...(await original<typeof import("@/lib/db")>()),
  db: (await import("@/lib/testing/request-doubles")).currentDatabase,
}));
vi.mock("next/headers", async () => (await import("@/lib/testing/request-doubles")).nextHeaders);
vi.mock("@/lib/auth/session", async (original) => ({
  ...(await original<typeof import("@/lib/auth/session")>()),
  ...(await import("@/lib/testing/request-doubles")).sessionLookups,
}));
vi.mock("next/cache", async (original) => ({
  ...(await original<typeof import("next/cache")>()),
  revalidateTag: vi.fn(),
  refresh: vi.fn(),
  cacheTag: vi.fn(),
  cacheLife: vi.fn(),
}));
vi.mock("@/lib/cache/revalidate", () => ({ revalidate: vi.fn() }));

/**
 * Runs per server action and route handler: a thousand, except where each run
 * is slow for a reason that hostile input does not change: an argon2id hash
 * (tens of milliseconds), an image re-encoded, a whole Auth.js request, a feed
 * rendered, or no input to vary at all. Keeps the file near a minute on two cores.
 */
const RUNS = 1_000;
/**
 * On PostgreSQL a quarter of those runs: each is a round trip over a socket
 * and took four times as long as on SQLite. What differs by database (NUL
 * bytes, text comparison, errors) is in every run's input space; the wide
 * search runs on SQLite.
 */
const POSTGRES_SHARE = 0.25;
const FEWER_RUNS: Record<string, number> = {
  "lib/auth/actions.ts#signInAction": 150,
  "lib/auth/actions.ts#changePasswordAction": 150,
  "lib/two-factor/actions.ts#turnOffTwoFactorAction": 150,
  "lib/users/actions.ts#acceptInvitationAction": 150,
  "lib/users/actions.ts#resetPasswordAction": 150,
  "lib/auth/actions.ts#signOutAction": 50,
  "app/api/media/route.ts#POST": 500,
  "app/api/auth/[...nextauth]/route.ts#GET": 300,
  "app/api/auth/[...nextauth]/route.ts#POST": 150,
  "app/login/session-ended/route.ts#GET": 300,
  "app/(site)/sections/[slug]/feed.xml/route.ts#GET": 300,
  "app/api/health/route.ts#GET": 20,
  "app/api/health/ready/route.ts#GET": 20,
  "app/(site)/logo.png/route.ts#GET": 20,
  "app/feed.xml/route.ts#GET": 20,
  "app/atom.xml/route.ts#GET": 20,
  "app/feed.json/route.ts#GET": 20,
  "app/sitemap.xml/route.ts#GET": 20,
  "app/news-sitemap.xml/route.ts#GET": 20,
  // A page of whole stories, each body rendered: slower than a parse, and the parse is what varies.
  "app/api/content/v1/stories/route.ts#GET": 300,
  "app/api/content/v1/openapi.json/route.ts#GET": 20,
  ...Object.fromEntries(
    ["stories", "stories/[slug]", "sections", "tags", "authors", "openapi.json"].map((name) => [
      `app/api/content/v1/${name}/route.ts#OPTIONS`,
      20,
    ]),
  ),
};

/** Mostly as an admin, whom no policy stops, so the payload reaches the parser; now and then as anyone else. */
const who = fc.oneof(
  { weight: 6, arbitrary: fc.constant("ADMIN" as const) },
  { weight: 1, arbitrary: fc.constantFrom("EDITOR" as const, "WRITER" as const, "anonymous" as const) },
);

/** As a browser would put it in a URL: lone surrogates become U+FFFD, the rest is percent-encoded. */
const urlPart = hostileString.map((text) => encodeURIComponent(text.replace(/\p{Surrogate}/gu, "\uFFFD")));
/** Header values are Latin-1 without line breaks, or the Request cannot even be built. */
const headerValue = hostileString.map((text) => text.replace(/[^\x20-\x7E\x80-\xFF]/g, "").slice(0, 8_000));

function safeJson(value: unknown): string {
  try {
    return JSON.stringify(value) ?? "null";
  } catch {
    return "[not JSON]"; // a BigInt or a cycle: a body the endpoint must refuse all the same
  }
}

const route = (path: string, init?: ConstructorParameters<typeof NextRequest>[1], params?: Record<string, string>) =>
  ({ kind: "request", request: new NextRequest(`http://localhost${path}`, init), params }) satisfies Payload;

const queryOnly = (path: string) => urlPart.map((query) => route(`${path}?${query}`));

/** A hostile request for each route handler; a new route without one fails the test below. */
function routeArbitraries(newsroom: Newsroom, png: Buffer, apiKey: string): Record<string, fc.Arbitrary<Payload>> {
  const image = new File([new Uint8Array(png)], "photo.png", { type: "image/png" });
  const uploadPart = fc.oneof(
    { weight: 3, arbitrary: hostileFile },
    { weight: 2, arbitrary: hostileString },
    { weight: 1, arbitrary: fc.constant(image) },
  );
  const multipart = fc
    .tuple(fc.option(uploadPart), fc.option(hostileString), fc.option(headerValue))
    .map(([file, alt, length]) => {
      const body = new FormData();
      if (file !== null) body.set("file", file);
      if (alt !== null) body.set("alt", alt);
      return route("/api/media", {
        method: "POST",
        body,
        headers: length === null ? {} : { "content-length": length },
      });
    });
  const rawBody = fc
    .tuple(
      fc.oneof(
        hostileString,
        fc.uint8Array({ maxLength: 2_000 }).map((bytes) => new Uint8Array(bytes)),
      ),
      headerValue,
    )
    .map(([body, type]) => route("/api/media", { method: "POST", body, headers: { "content-type": type } }));
  const multipartType = headerValue.map((boundary) => `multipart/form-data; boundary=${boundary}`);
  const brokenMultipart = fc
    .tuple(hostileString, multipartType)
    .map(([body, type]) => route("/api/media", { method: "POST", body, headers: { "content-type": type } }));

  const key = cacheExpiryKey();
  const expiry = fc
    .tuple(
      fc.oneof(
        fc.constant(`Bearer ${key}`),
        headerValue,
        headerValue.map((value) => `Bearer ${value}`),
      ),
      fc.oneof(hostileString, mutated({ articleIds: [newsroom.storyIds.published], taxonomy: true }).map(safeJson)),
    )
    .map(([authorization, body]) => route("/api/cache/expire", { method: "POST", body, headers: { authorization } }));

  // An editor tab's heartbeat, release and takeover: known and unknown stories, hostile tab ids and bodies.
  const lockedStory = fc.oneof(
    fc.constantFrom(newsroom.storyIds.published, newsroom.storyIds.writersDraft),
    hostileString,
  );
  const tabBody = fc.oneof(hostileString, mutated({ tabId: "0b6f4d3e-5a7c-4e2b-9d1f-8c3a2b1e0f47" }).map(safeJson));
  const storyLock = (method: "POST" | "DELETE", path: string) =>
    fc
      .tuple(lockedStory, tabBody, headerValue)
      .map(([id, body, type]) =>
        route(`/api/editor/stories/x/${path}`, { method, body, headers: { "content-type": type } }, { id }),
      );

  // The story editor's save: hostile bodies made from a real save of a live story, and hostile content types.
  const liveStory = { id: newsroom.storyIds.published, slug: "colleagues-story" };
  const saveBody = fc.oneof(
    hostileString,
    hostileArgument(saveRequestBody(newsroom, liveStory, "save", "2026-01-05T09:00")).map(safeJson),
  );
  const storySave = fc
    .tuple(saveBody, headerValue)
    .map(([body, type]) => route(SAVE_STORY_API, { method: "POST", body, headers: { "content-type": type } }));

  const correctionBody = fc.oneof(
    hostileString,
    hostileArgument({ articleId: newsroom.storyIds.published, text: "An earlier version gave the wrong date." }).map(
      safeJson,
    ),
  );
  const correction = fc
    .tuple(correctionBody, headerValue)
    .map(([body, type]) => route(ADD_CORRECTION_API, { method: "POST", body, headers: { "content-type": type } }));

  // The content API: mostly with a working key, so the query reaches its parser; known and unknown parameters.
  const apiAuthorization = fc.oneof(
    { weight: 4, arbitrary: fc.constant(`Bearer ${apiKey}`) },
    { weight: 1, arbitrary: headerValue },
    { weight: 1, arbitrary: headerValue.map((value) => `Bearer ${value}`) },
  );
  const apiParameter = fc
    .tuple(fc.oneof(fc.constantFrom("section", "tag", "author", "updated_since", "cursor", "limit"), urlPart), urlPart)
    .map(([name, value]) => `${name}=${value}`);
  const apiQuery = fc.array(apiParameter, { maxLength: 4 }).map((parameters) => parameters.join("&"));
  const contentApi = (path: string, withSlug = false) =>
    fc
      .tuple(apiAuthorization, apiQuery, fc.oneof(fc.constant("colleagues-story"), hostileString))
      .map(([authorization, query, slug]) =>
        route(`/api/content/v1${path}?${query}`, { headers: { authorization } }, withSlug ? { slug } : undefined),
      );
  const preflight = (path: string) => urlPart.map((query) => route(`${path}?${query}`, { method: "OPTIONS" }));

  const authAction = fc.constantFrom("session", "csrf", "providers", "signin", "signout", "callback/credentials");
  const authPath = fc
    .tuple(fc.oneof(authAction, urlPart), urlPart)
    .map(([action, query]) => `/api/auth/${action}?${query}`);

  return {
    "app/api/media/route.ts#POST": fc.oneof(multipart, rawBody, brokenMultipart),
    "app/api/cache/expire/route.ts#POST": expiry,
    "app/api/editor/stories/save/route.ts#POST": storySave,
    "app/api/editor/stories/corrections/route.ts#POST": correction,
    "app/api/editor/stories/[id]/presence/route.ts#POST": storyLock("POST", "presence"),
    "app/api/editor/stories/[id]/presence/route.ts#DELETE": storyLock("DELETE", "presence"),
    "app/api/editor/stories/[id]/presence/takeover/route.ts#POST": storyLock("POST", "presence/takeover"),
    "app/api/auth/[...nextauth]/route.ts#GET": authPath.map((path) => route(path)),
    "app/api/auth/[...nextauth]/route.ts#POST": fc
      .tuple(authPath, hostileString, headerValue)
      .map(([path, body, type]) => route(path, { method: "POST", body, headers: { "content-type": type } })),
    "app/login/session-ended/route.ts#GET": urlPart.map((next) => route(`/login/session-ended?next=${next}`)),
    "app/media/[file]/route.ts#GET": hostileString.map((file) => route("/media/x", undefined, { file })),
    "app/(site)/sections/[slug]/feed.xml/route.ts#GET": hostileString.map((slug) =>
      route("/sections/x/feed.xml", undefined, { slug }),
    ),
    "app/sitemaps/[file]/route.ts#GET": hostileString.map((file) => route("/sitemaps/x", undefined, { file })),
    "app/api/health/route.ts#GET": queryOnly("/api/health"),
    "app/api/health/ready/route.ts#GET": queryOnly("/api/health/ready"),
    "app/(site)/logo.png/route.ts#GET": queryOnly("/logo.png"),
    "app/feed.xml/route.ts#GET": queryOnly("/feed.xml"),
    "app/atom.xml/route.ts#GET": queryOnly("/atom.xml"),
    "app/feed.json/route.ts#GET": queryOnly("/feed.json"),
    "app/sitemap.xml/route.ts#GET": queryOnly("/sitemap.xml"),
    "app/news-sitemap.xml/route.ts#GET": queryOnly("/news-sitemap.xml"),
    "app/api/content/v1/stories/route.ts#GET": contentApi("/stories"),
    "app/api/content/v1/stories/[slug]/route.ts#GET": contentApi("/stories/x", true),
    "app/api/content/v1/sections/route.ts#GET": contentApi("/sections"),
    "app/api/content/v1/tags/route.ts#GET": contentApi("/tags"),
    "app/api/content/v1/authors/route.ts#GET": contentApi("/authors"),
    "app/api/content/v1/openapi.json/route.ts#GET": queryOnly("/api/content/v1/openapi.json"),
    ...Object.fromEntries(
      ["stories", "stories/[slug]", "sections", "tags", "authors", "openapi.json"].map((name) => [
        `app/api/content/v1/${name}/route.ts#OPTIONS`,
        preflight(`/api/content/v1/${name}`),
      ]),
    ),
  };
}

/** An action's hostile payloads, made from the valid ones of the inventory. */
async function actionArbitrary(id: string, newsroom: Newsroom): Promise<fc.Arbitrary<Payload>> {
  const valid = await Promise.all(
    (SERVER_ACTIONS[id] ?? []).map((entry) => entry.payload(newsroom, newsroom.users.ADMIN)),
  );
  return fc.oneof(
    ...valid.map((payload): fc.Arbitrary<Payload> => {
      if (payload.kind === "form") return hostileForm(payload.fields).map((data) => ({ kind: "form-data", data }));
      if (payload.kind === "call") return hostileArgument(payload.input).map((input) => ({ kind: "call", input }));
      throw new Error(`${id}: a server action's payload is a call or a form`);
    }),
  );
}

/** What a user gets to read: messages and bodies, not the echo of what they typed. */
async function shownToUser(reply: Reply): Promise<string> {
  if ("thrown" in reply) return "";
  const value = reply.returned;
  if (value instanceof Response) return value.clone().text();
  const { message, fieldErrors, error } = (value ?? {}) as Record<string, unknown>;
  return safeJson({ message, fieldErrors, error });
}

let template: TestDatabase;
let newsroom: Newsroom;
let entrypoints: (ServerAction | RouteHandler)[];
let routes: Record<string, fc.Arbitrary<Payload>>;

beforeAll(async () => {
  process.env.AUTH_SECRET ??= "a-test-secret-that-is-long-enough-for-auth-js";
  template = createTestDatabase();
  newsroom = await seedNewsroom(template.client);
  entrypoints = [...(await serverActions()), ...(await routeHandlers())];
  const { key } = await createApiKey(template.client, { name: "Hostile input" }, { actor: null, ip: "" });
  routes = routeArbitraries(newsroom, await samplePng(), key);
  // Auth.js and the mail log write to the console; what matters here is what the user gets back.
  for (const level of ["error", "warn", "info"] as const) vi.spyOn(console, level).mockImplementation(() => {});
}, 60_000);

afterAll(async () => {
  vi.restoreAllMocks();
  await template.dispose();
});

describe("hostile input", () => {
  it("has a hostile request for every route handler", () => {
    const missing = entrypoints.filter((entry) => "method" in entry && !(entry.id in routes)).map((entry) => entry.id);
    expect(missing, "add them to routeArbitraries() in lib/security/hostile-input.test.ts").toEqual([]);
  });

  const ids = [...Object.keys(SERVER_ACTIONS), ...Object.keys(ROUTE_HANDLERS)];
  it.each(ids)(
    "%s: no crash, no stack trace, nothing written unless it succeeded",
    async (id) => {
      const target = entrypoints.find((entry) => entry.id === id);
      if (!target) return; // the inventory test of policy-coverage.test.ts reports it
      const database = await cloneTestDatabase(template);
      request.client = database.client;
      // Made first: a valid payload may need the database prepared (a two-factor set-up started).
      const payloads =
        id in SERVER_ACTIONS ? await actionArbitrary(id, newsroom) : (routes[id] as fc.Arbitrary<Payload>);
      const fingerprint = await databaseFingerprint(database.client);
      let current = await fingerprint();
      const numRuns = Math.ceil((FEWER_RUNS[id] ?? RUNS) * (runsOnPostgres ? POSTGRES_SHARE : 1));

      try {
        await fc.assert(
          fc.asyncProperty(who, payloads, async (role, payload) => {
            request.user = role === "anonymous" ? null : (newsroom.users[role] satisfies SessionUser);
            request.cookies.clear();
            const reply = await send(target, payload);
            const verdict = await judge(reply);
            const before = current;
            current = await fingerprint();

            expect(verdict.kind, verdict.detail).not.toBe("crashed");
            expect(await shownToUser(reply)).not.toMatch(LEAK);
            if (verdict.kind !== "done")
              expect(current, `${verdict.kind}: ${verdict.detail.slice(0, 500)}`).toEqual(before);
          }),
          { numRuns },
        );
      } finally {
        await database.dispose();
      }
    },
    180_000,
  );
});
