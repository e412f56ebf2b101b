import { afterEach, beforeEach, describe, expect, it } from "vitest";
import type { StaffActor } from "@/lib/articles/audit";
import { deleteArticle } from "@/lib/articles/delete";
import { revisionSnapshot, storedStory } from "@/lib/articles/revisions";
import { type SaveOutcome, saveArticle } from "@/lib/articles/save";
import type { ArticleFormValues, SaveRequest } from "@/lib/articles/schema";
import { createTestDatabase, type TestDatabase } from "@/lib/testing/database";

const NOW = new Date("2026-03-01T12:00:00Z");

let database: TestDatabase;
let editor: StaffActor & { name: string };
let writer: StaffActor & { name: string };
let sectionId: string;
let staffAuthorId: string;
let otherStoryId: string;

beforeEach(async () => {
  database = createTestDatabase();
  const { client } = database;
  const makeUser = async (name: string, role: StaffActor["role"]) => {
    const user = await client.user.create({
      data: { email: `${role.toLowerCase()}@example.com`, name, role, status: "ACTIVE" },
    });
    return { id: user.id, email: user.email, role, name };
  };
  editor = await makeUser("Elena Editor", "EDITOR");
  writer = await makeUser("Walt Writer", "WRITER");
  sectionId = (await client.section.create({ data: { name: "World", slug: "world" } })).id;
  staffAuthorId = (
    await client.author.create({ data: { name: "Walt Writer", slug: "walt-writer", userId: writer.id } })
  ).id;
  otherStoryId = (
    await client.article.create({
      data: {
        slug: "bolton-says",
        headline: "Bolton Says",
        body: JSON.stringify({ type: "doc", content: [] }),
        status: "PUBLISHED",
        publishedAt: new Date("2018-07-25T00:00:00Z"),
      },
    })
  ).id;
});

afterEach(async () => {
  await database.dispose();
});

function paragraph(text: string, marks?: unknown[]) {
  return { type: "paragraph", content: [{ type: "text", text, ...(marks ? { marks } : {}) }] };
}

function fields(overrides: Partial<ArticleFormValues> = {}): ArticleFormValues {
  return {
    headline: "Putin Invites Trump to Moscow",
    slug: "putin-invites-trump-to-moscow",
    slugFollowsHeadline: false,
    dek: "",
    sectionId,
    tags: ["Russia"],
    bylines: [{ kind: "agency", name: "Reuters" }],
    dateline: "MOSCOW",
    sourceName: "The Moscow Times",
    sourceUrl: "https://www.themoscowtimes.com/2018/07/28/putin-invites-trump-to-moscow-a62371",
    heroMediaId: "",
    heroAlt: "",
    heroCaption: "",
    heroCredit: "",
    body: {
      type: "doc",
      content: [
        paragraph("Putin said he wanted Trump to visit."),
        { type: "relatedArticle", attrs: { articleId: otherStoryId } },
      ],
    },
    relatedIds: [otherStoryId],
    seoTitle: "",
    seoDescription: "",
    publishAt: "",
    ...overrides,
  };
}

const request = (overrides: Partial<SaveRequest> & { fields?: unknown } = {}): SaveRequest => ({
  articleId: null,
  baseVersion: null,
  action: "save",
  fields: fields(),
  ...overrides,
});

async function created(outcome: Promise<SaveOutcome>) {
  const result = await outcome;
  if (!result.ok) throw new Error(`expected a save, got ${result.error}: ${result.message}`);
  return result.story;
}

async function snapshot() {
  const { client } = database;
  return {
    articles: await client.article.findMany({ orderBy: { id: "asc" } }),
    revisions: await client.revision.count(),
    tags: await client.tag.count(),
    authors: await client.author.count(),
    audit: await client.auditEvent.count(),
  };
}

describe("saving a new story", () => {
  it("creates a draft with its bylines, tags, relations and first revision", async () => {
    const story = await created(saveArticle(database.client, writer, request(), { now: NOW }));
    expect(story).toMatchObject({ version: 1, slug: "putin-invites-trump-to-moscow", status: "DRAFT", publishAt: "" });
    const article = await database.client.article.findUniqueOrThrow({
      where: { id: story.id },
      include: { authors: { include: { author: true } }, tags: { include: { tag: true } }, relatedTo: true },
    });
    expect(article.createdById).toBe(writer.id);
    expect(article.authors.map((a) => [a.author.name, a.author.kind])).toEqual([["Reuters", "AGENCY"]]);
    expect(article.tags.map((t) => t.tag.slug)).toEqual(["russia"]);
    expect(article.relatedTo.map((r) => r.toId)).toEqual([otherStoryId]);
    expect(article.bodyText).toBe("Putin said he wanted Trump to visit.");
    expect(await database.client.revision.count({ where: { articleId: story.id, version: 1 } })).toBe(1);
  });

  it("numbers a taken slug that follows the headline, and refuses one typed by hand", async () => {
    await created(saveArticle(database.client, editor, request(), { now: NOW }));
    const numbered = await created(
      saveArticle(database.client, editor, request({ fields: fields({ slugFollowsHeadline: true }) }), { now: NOW }),
    );
    expect(numbered.slug).toBe("putin-invites-trump-to-moscow-2");

    const before = await snapshot();
    const refused = await saveArticle(database.client, editor, request(), { now: NOW });
    expect(refused).toMatchObject({
      ok: false,
      error: "invalid",
      fieldErrors: {
        slug: 'The slug "putin-invites-trump-to-moscow" is already used by "Putin Invites Trump to Moscow". Choose another.',
      },
    });
    expect(await snapshot()).toEqual(before);
  });
});

describe("each save's revision", () => {
  async function expectRevisionIsStoredStory(articleId: string, version: number) {
    const revision = await database.client.revision.findUniqueOrThrow({
      where: { articleId_version: { articleId, version } },
    });
    const { article, links } = await storedStory(database.client, articleId);
    expect(article.version).toBe(version);
    expect(revision.snapshot).toBe(revisionSnapshot(article, links));
  }

  it("is the story exactly as stored, with its links in order, on creation and on a later save", async () => {
    const story = await created(saveArticle(database.client, editor, request(), { now: NOW }));
    await expectRevisionIsStoredStory(story.id, 1);
    const bylines = [
      { kind: "author" as const, id: staffAuthorId, name: "Walt Writer" },
      { kind: "agency" as const, name: "Reuters" },
    ];
    const edited = await created(
      saveArticle(
        database.client,
        editor,
        request({
          articleId: story.id,
          baseVersion: 1,
          fields: fields({ headline: "Putin Invites Trump to Moscow, Again", tags: ["Russia", "Diplomacy"], bylines }),
        }),
        { now: NOW },
      ),
    );
    await expectRevisionIsStoredStory(story.id, edited.version);
  });
});

describe("bad input gets a message beside its field and changes nothing", () => {
  const cases: [string, () => Partial<ArticleFormValues>, string, RegExp][] = [
    ["a missing headline", () => ({ headline: "  " }), "headline", /Headline is required/],
    ["a slug with spaces", () => ({ slug: "putin invites" }), "slug", /lowercase letters/],
    ["an uppercase slug", () => ({ slug: "Putin-Invites" }), "slug", /lowercase letters/],
    ["a body that is not a document", () => ({ body: { type: "paragraph" } }), "body", /Body/],
    [
      "a javascript: link",
      () => ({
        body: {
          type: "doc",
          content: [paragraph("click", [{ type: "link", attrs: { href: "javascript:alert(1)" } }])],
        },
      }),
      "body",
      /http, https or mailto/,
    ],
    ["an unknown section", () => ({ sectionId: "no-such-section" }), "sectionId", /section does not exist/],
    ["a related story that does not exist", () => ({ relatedIds: ["no-such-story"] }), "relatedIds", /does not exist/],
    [
      "an inline related story that does not exist",
      () => ({ body: { type: "doc", content: [{ type: "relatedArticle", attrs: { articleId: "gone" } }] } }),
      "body",
      /does not exist/,
    ],
    [
      "an image without alt text",
      () => ({ heroMediaId: "some-media", heroAlt: "" }),
      "heroAlt",
      /Alt text is required/,
    ],
    ["a source that is not a web address", () => ({ sourceUrl: "javascript:alert(1)" }), "sourceUrl", /http/],
    ["a publication time that is no date", () => ({ publishAt: "2018-02-30T10:00" }), "publishAt", /real date/],
  ];

  it.each(cases)("%s", async (_name, change, field, message) => {
    const before = await snapshot();
    const result = await saveArticle(database.client, editor, request({ fields: fields(change()) }), { now: NOW });
    expect(result.ok).toBe(false);
    if (result.ok || result.error !== "invalid") throw new Error("expected invalid");
    expect(result.fieldErrors[field as keyof typeof result.fieldErrors]).toMatch(message);
    expect(await snapshot()).toEqual(before);
  });

  it("a schedule time in the past", async () => {
    const before = await snapshot();
    const result = await saveArticle(
      database.client,
      editor,
      request({ action: "schedule", fields: fields({ publishAt: "2026-03-01T11:59" }) }),
      { now: NOW },
    );
    expect(result).toMatchObject({
      ok: false,
      error: "invalid",
      fieldErrors: { publishAt: expect.stringMatching(/has passed/) },
    });
    expect(await snapshot()).toEqual(before);
  });

  it("a story related to itself", async () => {
    const story = await created(saveArticle(database.client, editor, request(), { now: NOW }));
    const result = await saveArticle(
      database.client,
      editor,
      request({ articleId: story.id, baseVersion: 1, fields: fields({ relatedIds: [story.id] }) }),
      { now: NOW },
    );
    expect(result).toMatchObject({ ok: false, fieldErrors: { relatedIds: "A story cannot be related to itself." } });
  });

  it("a request that is not a save at all", async () => {
    const result = await saveArticle(database.client, editor, { articleId: 42, action: "explode" }, { now: NOW });
    expect(result).toMatchObject({
      ok: false,
      error: "invalid",
      fieldErrors: { form: expect.stringMatching(/not understood/) },
    });
  });
});

describe("optimistic locking", () => {
  it("refuses a save based on a stale version, naming who saved in between, and keeps the first save", async () => {
    const story = await created(saveArticle(database.client, writer, request(), { now: NOW }));
    const first = await saveArticle(
      database.client,
      editor,
      request({ articleId: story.id, baseVersion: 1, fields: fields({ dek: "The editor's dek" }) }),
      { now: NOW },
    );
    expect(first.ok && first.story.version).toBe(2);

    const second = await saveArticle(
      database.client,
      writer,
      request({ articleId: story.id, baseVersion: 1, fields: fields({ dek: "The writer's dek" }) }),
      { now: NOW },
    );
    expect(second).toMatchObject({
      ok: false,
      error: "conflict",
      latestVersion: 2,
      message: expect.stringMatching(/^Elena Editor saved this story at .*after you opened it/),
    });

    const article = await database.client.article.findUniqueOrThrow({ where: { id: story.id } });
    expect(article).toMatchObject({ dek: "The editor's dek", version: 2 });
    expect(await database.client.revision.count({ where: { articleId: story.id } })).toBe(2);
  });
});

describe("the workflow", () => {
  it("refuses a writer who asks to publish by hand, and audits the attempt", async () => {
    const story = await created(saveArticle(database.client, writer, request(), { now: NOW }));
    const result = await saveArticle(
      database.client,
      writer,
      request({ articleId: story.id, baseVersion: 1, action: "publish" }),
      { now: NOW, ip: "203.0.113.9" },
    );
    expect(result).toEqual({ ok: false, error: "forbidden", message: "Only editors and admins may publish stories." });
    expect(await database.client.article.findUniqueOrThrow({ where: { id: story.id } })).toMatchObject({
      status: "DRAFT",
      version: 1,
    });
    const denied = await database.client.auditEvent.findFirstOrThrow({ where: { action: "article.denied" } });
    expect(denied).toMatchObject({ actorId: writer.id, targetId: story.id, ip: "203.0.113.9" });
    expect(JSON.parse(denied.details)).toMatchObject({ attempted: "publish" });
  });

  it("lets a writer submit, an editor publish at the story's date, and records the old slug after a rename", async () => {
    const story = await created(
      saveArticle(
        database.client,
        writer,
        request({ fields: fields({ bylines: [{ kind: "author", id: staffAuthorId, name: "Walt Writer" }] }) }),
        { now: NOW },
      ),
    );
    const submitted = await saveArticle(
      database.client,
      writer,
      request({ articleId: story.id, baseVersion: 1, action: "submit" }),
      { now: NOW },
    );
    expect(submitted.ok && submitted.story.status).toBe("IN_REVIEW");
    expect(submitted.ok && submitted.revalidate.articleIds).toEqual([]);
    expect(
      await database.client.article.findUniqueOrThrow({
        where: { id: story.id },
        select: { submittedById: true, submittedAt: true },
      }),
    ).toEqual({ submittedById: writer.id, submittedAt: NOW });

    const published = await saveArticle(
      database.client,
      editor,
      request({
        articleId: story.id,
        baseVersion: 2,
        action: "publish",
        fields: fields({ publishAt: "2018-07-28T10:00" }),
      }),
      { now: NOW },
    );
    expect(published).toMatchObject({
      ok: true,
      story: { status: "PUBLISHED", version: 3, publishAt: "2018-07-28T10:00" },
      revalidate: { articleIds: [story.id] },
    });
    const article = await database.client.article.findUniqueOrThrow({ where: { id: story.id } });
    expect(article.firstPublishedAt?.toISOString()).toBe("2018-07-28T10:00:00.000Z");
    // Out of review, the desk no longer lists who submitted it.
    expect(article).toMatchObject({ submittedById: null, submittedAt: null });
    expect(
      await database.client.auditEvent.count({
        where: { action: "article.publish", targetId: story.id, actorId: editor.id },
      }),
    ).toBe(1);

    const renamed = await saveArticle(
      database.client,
      editor,
      request({
        articleId: story.id,
        baseVersion: 3,
        fields: fields({ slug: "putin-invites-trump", publishAt: "2018-07-28T10:00" }),
      }),
      { now: NOW },
    );
    expect(renamed.ok && renamed.story.slug).toBe("putin-invites-trump");
    expect(await database.client.slugRedirect.findMany({ select: { slug: true, articleId: true } })).toEqual([
      { slug: "putin-invites-trump-to-moscow", articleId: story.id },
    ]);
  });

  it("schedules for later; unpublishing before that time leaves no trace of publication", async () => {
    const story = await created(saveArticle(database.client, editor, request(), { now: NOW }));
    const scheduled = await saveArticle(
      database.client,
      editor,
      request({
        articleId: story.id,
        baseVersion: 1,
        action: "schedule",
        fields: fields({ publishAt: "2026-03-01T12:01" }),
      }),
      { now: NOW },
    );
    expect(scheduled).toMatchObject({
      ok: true,
      story: { status: "SCHEDULED" },
      message: expect.stringMatching(/^Scheduled for March 1, 2026, 12:01 PM/),
    });
    expect(
      (await database.client.article.findUniqueOrThrow({ where: { id: story.id } })).firstPublishedAt?.toISOString(),
    ).toBe("2026-03-01T12:01:00.000Z");

    const unpublished = await saveArticle(
      database.client,
      editor,
      request({
        articleId: story.id,
        baseVersion: 2,
        action: "unpublish",
        fields: fields({ publishAt: "2026-03-01T12:01" }),
      }),
      { now: NOW },
    );
    expect(unpublished.ok && unpublished.story.status).toBe("UNPUBLISHED");
    expect((await database.client.article.findUniqueOrThrow({ where: { id: story.id } })).firstPublishedAt).toBeNull();
    expect(
      await database.client.auditEvent.findMany({
        where: { targetId: story.id },
        select: { action: true },
        orderBy: { createdAt: "asc" },
      }),
    ).toEqual([{ action: "article.schedule" }, { action: "article.unpublish" }]);
  });

  it("refuses to publish at a time that is still ahead", async () => {
    const result = await saveArticle(
      database.client,
      editor,
      request({ action: "publish", fields: fields({ publishAt: "2026-03-02T09:00" }) }),
      { now: NOW },
    );
    expect(result).toMatchObject({ ok: false, fieldErrors: { publishAt: expect.stringMatching(/press Schedule/) } });
  });
});

describe("deleting", () => {
  it("is for editors, needs the current version, and is audited", async () => {
    const story = await created(saveArticle(database.client, writer, request(), { now: NOW }));
    expect(
      await deleteArticle(database.client, writer, { articleId: story.id, baseVersion: 1 }, { now: NOW }),
    ).toMatchObject({ ok: false, error: "forbidden" });
    await saveArticle(
      database.client,
      writer,
      request({ articleId: story.id, baseVersion: 1, fields: fields({ dek: "changed" }) }),
      { now: NOW },
    );
    expect(
      await deleteArticle(database.client, editor, { articleId: story.id, baseVersion: 1 }, { now: NOW }),
    ).toMatchObject({ ok: false, error: "conflict" });

    const deleted = await deleteArticle(database.client, editor, { articleId: story.id, baseVersion: 2 }, { now: NOW });
    expect(deleted).toMatchObject({ ok: true, revalidate: { articleIds: [] } });
    expect(await database.client.article.count({ where: { id: story.id } })).toBe(0);
    const audit = await database.client.auditEvent.findFirstOrThrow({ where: { action: "article.delete" } });
    expect(JSON.parse(audit.details)).toMatchObject({
      slug: "putin-invites-trump-to-moscow",
      headline: "Putin Invites Trump to Moscow",
    });
  });
});
