import Database from "better-sqlite3";
import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { contentApiGet } from "@/lib/content-api/http";
import { createApiKey, revokeApiKey } from "@/lib/content-api/keys";
import { listQuery } from "@/lib/content-api/query";
import { RateLimiter } from "@/lib/content-api/rate-limit";
import { getAuthors, getSections, getStories, getStory, getTags } from "@/lib/content-api/routes";
import { createTestDatabase, type TestDatabase } from "@/lib/testing/database";
import { type Newsroom, seedNewsroom } from "@/lib/testing/newsroom";
import { checkAgainstOpenApi } from "@/lib/testing/openapi-check";
import { request as requestDoubles } from "@/lib/testing/request-doubles";

// The database is real; only the app's handle on it is pointed at this test's file.
vi.mock("@/lib/db", async (original) => ({
  ...(await original<typeof import("@/lib/db")>()),
  db: (await import("@/lib/testing/request-doubles")).currentDatabase,
}));

const SITE = "http://localhost:3000";
const API = `${SITE}/api/content/v1`;
const NOW = new Date();
const hoursAgo = (hours: number) => new Date(NOW.getTime() - hours * 3_600_000);

let database: TestDatabase;
let newsroom: Newsroom;
let key: string;
const ids: Record<string, string> = {};

const doc = (...content: unknown[]) => JSON.stringify({ type: "doc", content });
const paragraph = (text: string) => ({ type: "paragraph", content: [{ type: "text", text }] });

beforeEach(async () => {
  process.env.SITE_URL = SITE;
  process.env.CONTENT_API_RATE_LIMIT = "600";
  database = createTestDatabase();
  newsroom = await seedNewsroom(database.client);
  requestDoubles.client = database.client;
  const client = database.client;
  const story = (slug: string, data: Record<string, unknown>) =>
    client.article.create({
      data: {
        slug,
        headline: `Headline of ${slug}`,
        body: doc(paragraph(`Text of ${slug}.`)),
        status: "PUBLISHED",
        ...data,
      },
    });
  ids.background = (
    await story("harbour-background", { publishedAt: hoursAgo(30), sectionId: newsroom.sectionIds.world })
  ).id;
  ids.full = (
    await story("summit-invitation", {
      headline: "Leaders agree to meet at a summit",
      dek: "The invitation came by telephone.",
      dateline: "MOSCOW",
      publishedAt: hoursAgo(2),
      firstPublishedAt: hoursAgo(3),
      sectionId: newsroom.sectionIds.world,
      heroMediaId: newsroom.photo.id,
      heroAlt: "Two flags",
      heroCaption: "The flags at the meeting.",
      heroCredit: "Kremlin.ru",
      sourceName: "Wire",
      sourceUrl: "https://wire.example.com/summit",
      body: doc(
        paragraph("The two leaders spoke for an hour <b>today</b>."),
        { type: "blockquote", content: [paragraph("We will meet soon.")] },
        { type: "relatedArticle", attrs: { articleId: ids.background } },
      ),
    })
  ).id;
  await client.articleAuthor.createMany({
    data: [
      { articleId: ids.full, authorId: newsroom.authorIds.writer, position: 0 },
      { articleId: ids.full, authorId: newsroom.authorIds.reuters, position: 1 },
    ],
  });
  await client.articleTag.create({ data: { articleId: ids.full, tagId: newsroom.tagIds.russia, position: 0 } });
  await client.articleRelation.create({ data: { fromId: ids.full, toId: ids.background, position: 0 } });
  await client.correction.create({
    data: { articleId: ids.full, text: "An earlier version misdated the call.", correctedAt: hoursAgo(1) },
  });
  ids.scheduled = (
    await story("not-yet", { status: "SCHEDULED", publishedAt: new Date(NOW.getTime() + 3_600_000) })
  ).id;
  ids.sport = (await story("cup-final", { publishedAt: hoursAgo(5), sectionId: newsroom.sectionIds.sport })).id;
  key = (await createApiKey(client, { name: "Mobile app" }, { actor: null, ip: "" })).key;
});

afterEach(async () => {
  vi.restoreAllMocks();
  await database.dispose();
});

type Handler = (request: Request, route: { params: Promise<Record<string, string>> }) => Promise<Response>;

async function call(
  handler: Handler,
  path: string,
  { params = {}, headers = {} }: { params?: Record<string, string>; headers?: Record<string, string> } = {},
) {
  const response = await handler(
    new Request(`${API}${path}`, { headers: { authorization: `Bearer ${key}`, ...headers } }),
    {
      params: Promise.resolve(params),
    },
  );
  const text = await response.text();
  return { status: response.status, headers: response.headers, body: text ? JSON.parse(text) : null };
}

const slugs = async (query: string) =>
  (await call(getStories, `/stories?${query}`)).body.data.map((story: { slug: string }) => story.slug);

describe("GET /stories", () => {
  it("lists what readers see, newest first, each story whole, as the OpenAPI document says", async () => {
    const { status, body, headers } = await call(getStories, "/stories");
    expect(status).toBe(200);
    expect(headers.get("content-type")).toBe("application/json");
    expect(body.data.map((story: { slug: string }) => story.slug)).toEqual([
      "summit-invitation",
      "cup-final",
      "harbour-background",
      "colleagues-story",
    ]);
    checkAgainstOpenApi("/stories", 200, body);
    const full = body.data[0];
    expect(full).toMatchObject({
      url: `${SITE}/articles/summit-invitation`,
      headline: "Leaders agree to meet at a summit",
      dateline: "MOSCOW",
      published_at: hoursAgo(2).toISOString(),
      first_published_at: hoursAgo(3).toISOString(),
      section: { slug: "world", name: "World" },
      bylines: [
        { slug: "wanda", name: "Wanda", kind: "staff", url: `${SITE}/authors/wanda` },
        { slug: "reuters", name: "Reuters", kind: "agency", url: `${SITE}/authors/reuters` },
      ],
      tags: [{ slug: "russia", name: "Russia" }],
      hero_image: {
        alt: "Two flags",
        caption: "The flags at the meeting.",
        credit: "Kremlin.ru",
        width: 64,
        height: 48,
      },
      source: { name: "Wire", url: "https://wire.example.com/summit" },
      related: [{ slug: "harbour-background", url: `${SITE}/articles/harbour-background` }],
      corrections: [{ text: "An earlier version misdated the call.", corrected_at: hoursAgo(1).toISOString() }],
    });
    expect(full.hero_image.url).toBe(`${SITE}/media/${newsroom.photo.fileName}`);
    expect(full.body.content[1].type).toBe("blockquote");
    expect(full.body_html).toContain("<p>The two leaders spoke for an hour &lt;b&gt;today&lt;/b&gt;.</p>");
    expect(full.body_html).toContain("<blockquote><p>We will meet soon.</p></blockquote>");
    expect(full.body_html).toContain(
      `<strong>Related article:</strong> <a href="${SITE}/articles/harbour-background">Headline of harbour-background</a>`,
    );
  });

  it("follows the cursor page by page, each story once", async () => {
    const first = await call(getStories, "/stories?limit=3");
    expect(first.body.data).toHaveLength(3);
    expect(first.body.next_cursor).toEqual(expect.any(String));
    const second = await call(getStories, `/stories?limit=3&cursor=${first.body.next_cursor}`);
    expect(second.body.data.map((story: { slug: string }) => story.slug)).toEqual(["colleagues-story"]);
    expect(second.body.next_cursor).toBeNull();
  });

  it("filters by section, tag and byline", async () => {
    expect(await slugs("section=sport")).toEqual(["cup-final"]);
    expect(await slugs("tag=russia")).toEqual(["summit-invitation"]);
    expect(await slugs("author=reuters")).toEqual(["summit-invitation"]);
    expect(await slugs("tag=russia&author=reuters&section=world")).toEqual(["summit-invitation"]);
    expect(await slugs("tag=russia&section=sport")).toEqual([]);
    expect(await slugs("section=no-such-section")).toEqual([]);
    expect(await slugs("author=no-such-byline")).toEqual([]);
  });

  it("with updated_since, lists what changed since, oldest change first, page by page", async () => {
    await database.client.article.updateMany({ data: { updatedAt: hoursAgo(10) } });
    await database.client.article.update({ where: { id: ids.full }, data: { updatedAt: hoursAgo(0.5) } });
    await database.client.article.update({ where: { id: ids.sport }, data: { dek: "Changed." } });
    const since = encodeURIComponent(hoursAgo(1).toISOString());
    expect(await slugs(`updated_since=${since}`)).toEqual(["summit-invitation", "cup-final"]);
    expect(await slugs(`updated_since=${since}&section=sport`)).toEqual(["cup-final"]);
    const first = await call(getStories, `/stories?updated_since=${since}&limit=1`);
    expect(first.body.data[0].slug).toBe("summit-invitation");
    const second = await call(getStories, `/stories?updated_since=${since}&limit=1&cursor=${first.body.next_cursor}`);
    expect(second.body).toMatchObject({ data: [{ slug: "cup-final" }], next_cursor: null });
    // A cursor of the newest-first list does not continue the list of changes.
    const newest = await call(getStories, "/stories?limit=1");
    const mixed = await call(getStories, `/stories?updated_since=${since}&cursor=${newest.body.next_cursor}`);
    expect(mixed.status).toBe(400);
  });

  it("refuses parameters it does not know, bad values and cursors it did not give, as problem details", async () => {
    for (const [query, detail] of [
      ["sectoin=world", "Unknown parameter: sectoin"],
      ["limit=500", "limit: limit must be at most 100"],
      ["limit=two", "limit: limit must be a whole number"],
      ["updated_since=yesterday", "updated_since: updated_since must be an ISO 8601 time"],
      ["section=world&section=sport", "Give section once"],
      ["__proto__=x", "Unknown parameter: __proto__"],
      ["__proto__=x&__proto__=y", "Unknown parameter: __proto__"],
      ["cursor=bm90LWEtY3Vyc29y", "That cursor is not one this API gave out"],
    ] as const) {
      const { status, headers, body } = await call(getStories, `/stories?${query}`);
      expect(status, query).toBe(400);
      expect(headers.get("content-type")).toBe("application/problem+json");
      expect(body.detail, query).toContain(detail);
      checkAgainstOpenApi("/stories", 400, body);
    }
  });
});

describe("GET /stories/{slug}", () => {
  it("answers a published story, and 404 for a draft, a scheduled story or none", async () => {
    const found = await call(getStory as Handler, "/stories/summit-invitation", {
      params: { slug: "summit-invitation" },
    });
    expect(found.status).toBe(200);
    expect(found.body.data.id).toBe(ids.full);
    checkAgainstOpenApi("/stories/{slug}", 200, found.body);
    for (const slug of ["writers-draft", "not-yet", "nothing-here"]) {
      const missing = await call(getStory as Handler, `/stories/${slug}`, { params: { slug } });
      expect(missing.status, slug).toBe(404);
      checkAgainstOpenApi("/stories/{slug}", 404, missing.body);
    }
  });
});

describe("sections, tags and bylines", () => {
  it("lists each by slug, paged", async () => {
    const sections = await call(getSections, "/sections");
    expect(sections.body.data.map((section: { slug: string }) => section.slug)).toEqual(["sport", "world"]);
    checkAgainstOpenApi("/sections", 200, sections.body);
    const tags = await call(getTags, "/tags?limit=1");
    expect(tags.body.data).toEqual([{ slug: "politics", name: "Politics", url: `${SITE}/tags/politics` }]);
    const rest = await call(getTags, `/tags?limit=1&cursor=${tags.body.next_cursor}`);
    expect(rest.body).toEqual({
      data: [{ slug: "russia", name: "Russia", url: `${SITE}/tags/russia` }],
      next_cursor: null,
    });
    checkAgainstOpenApi("/tags", 200, rest.body);
    const authors = await call(getAuthors, "/authors");
    expect(authors.body.data.map((author: { slug: string; kind: string }) => `${author.slug}:${author.kind}`)).toEqual([
      "ap-news:agency",
      "colin:staff",
      "reuters:agency",
      "wanda:staff",
    ]);
    checkAgainstOpenApi("/authors", 200, authors.body);
  });
});

describe("keys", () => {
  it("refuses a request without a key, with a wrong key and with a revoked key", async () => {
    const refusal = async (headers: Record<string, string>) => {
      const response = await getStories(new Request(`${API}/stories`, { headers }), { params: Promise.resolve({}) });
      return {
        status: response.status,
        challenge: response.headers.get("www-authenticate"),
        body: await response.json(),
      };
    };
    const none = await refusal({});
    expect(none).toMatchObject({ status: 401, challenge: 'Bearer realm="Byline content API"' });
    expect(none.body.detail).toContain("Send an API key");
    checkAgainstOpenApi("/stories", 401, none.body);
    expect((await refusal({ authorization: "Bearer byline_guessed" })).body.detail).toContain("not valid");
    const row = await database.client.apiKey.findFirstOrThrow();
    await revokeApiKey(database.client, row.id, { actor: null, ip: "" });
    expect((await refusal({ authorization: `Bearer ${key}` })).status).toBe(401);
  });

  it("notes a key's last use when it was answered, not when it was refused", async () => {
    const lastUsed = async () => (await database.client.apiKey.findFirstOrThrow()).lastUsedAt;
    expect((await call(getSections, "/sections?limit=0")).status).toBe(400);
    expect(await lastUsed()).toBeNull();
    await call(getSections, "/sections");
    expect((await lastUsed())?.getTime()).toBeGreaterThan(NOW.getTime() - 1000);
  });
});

describe("HTTP", () => {
  it("still answers when the disk refuses to note the key's use, and logs why", async () => {
    const keys = database.client.apiKey;
    const refusingWrites = new Proxy(database.client, {
      get: (target, property) =>
        property === "apiKey"
          ? {
              findUnique: keys.findUnique.bind(keys),
              update: async () => {
                throw new Database.SqliteError("attempt to write a readonly database", "SQLITE_READONLY");
              },
            }
          : Reflect.get(target, property),
    });
    const error = vi.spyOn(console, "error").mockImplementation(() => {});
    const sections = contentApiGet(listQuery, async () => ({ found: true, value: { data: [], next_cursor: null } }), {
      client: () => refusingWrites,
    });
    expect((await call(sections, "/sections")).status).toBe(200);
    expect(error).toHaveBeenCalledWith(expect.stringContaining("SQLITE_READONLY"));
  });

  it("answers 304 when If-None-Match names the answer's ETag", async () => {
    const first = await call(getSections, "/sections");
    const etag = first.headers.get("etag") ?? "";
    expect(etag).toMatch(/^"[\w-]{27}"$/);
    const again = await call(getSections, "/sections", { headers: { "if-none-match": `W/${etag}` } });
    expect(again.status).toBe(304);
    expect(again.body).toBeNull();
    await database.client.section.update({ where: { id: newsroom.sectionIds.sport }, data: { name: "Sports" } });
    expect((await call(getSections, "/sections", { headers: { "if-none-match": etag } })).status).toBe(200);
  });

  it("lets any site's scripts read answers and errors (CORS)", async () => {
    const { headers } = await call(getSections, "/sections");
    expect(headers.get("access-control-allow-origin")).toBe("*");
    const refused = await getSections(new Request(`${API}/sections`), { params: Promise.resolve({}) });
    expect(refused.headers.get("access-control-allow-origin")).toBe("*");
  });

  it("answers 429 with Retry-After once a key's requests a minute are used", async () => {
    const twoAMinute = new RateLimiter(2);
    const limited = contentApiGet(listQuery, async () => ({ found: true, value: { data: [], next_cursor: null } }), {
      limiter: () => twoAMinute,
    });
    expect((await call(limited, "/sections")).headers.get("ratelimit-remaining")).toBe("1");
    expect((await call(limited, "/sections")).status).toBe(200);
    const refused = await call(limited, "/sections");
    expect(refused.status).toBe(429);
    expect(refused.headers.get("retry-after")).toBe("30");
    checkAgainstOpenApi("/sections", 429, refused.body);
  });
});
