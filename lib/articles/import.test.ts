import { afterEach, beforeEach, describe, expect, it } from "vitest";
import type { StaffActor } from "@/lib/articles/audit";
import { importWireStory } from "@/lib/articles/import";
import { parseBody } from "@/lib/content/schema";
import { Prisma } from "@/lib/generated/prisma/client";
import { createTestDatabase, runsOnPostgres, type TestDatabase } from "@/lib/testing/database";
import { readWireStory } from "@/lib/testing/fixtures";

const BOLTON = "Trump Delays Putin Meeting Until 'After the Russia Witch Hunt is Over,' Bolton Says";

// Our own words, in the wire shape.
const SAMPLE = `# Harbour Reopens After Storm

By Byline Wire

March 3, 2025

[Port Authority](#)

The city's harbour reopened on Monday after three days of closure.

Officials said cargo traffic would return to normal by the weekend.
`;

let database: TestDatabase;
let editor: StaffActor;
let writer: StaffActor;
beforeEach(async () => {
  database = createTestDatabase();
  const staff = (role: StaffActor["role"]) =>
    database.client.user.create({
      data: { email: `${role.toLowerCase()}@example.com`, name: role, role, status: "ACTIVE" },
      select: { id: true, email: true, role: true },
    });
  editor = await staff("EDITOR");
  writer = await staff("WRITER");
});
afterEach(async () => {
  await database.dispose();
});

async function counts() {
  const { client } = database;
  return {
    articles: await client.article.count(),
    authors: await client.author.count(),
    revisions: await client.revision.count(),
    audit: await client.auditEvent.count(),
  };
}

describe("importing our wire story", () => {
  const text = readWireStory();

  it("creates a draft with every field on an empty database and names the link it could not resolve", async () => {
    const result = await importWireStory(database.client, editor, text);
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.created).toBe(true);
    expect(result.unresolved).toEqual([BOLTON]);

    const article = await database.client.article.findUniqueOrThrow({
      where: { id: result.article.id },
      include: { authors: { include: { author: true } } },
    });
    expect(article.slug).toBe("putin-invites-trump-to-moscow");
    expect(article.headline).toBe("Putin Invites Trump to Moscow");
    expect(article.status).toBe("DRAFT");
    expect(article.authors.map((a) => [a.author.name, a.author.kind])).toEqual([["Reuters", "AGENCY"]]);
    expect(article.publishedAt?.toISOString()).toBe("2018-07-28T00:00:00.000Z");
    expect(article.heroCredit).toBe("Kremlin.ru");
    expect(article.sourceUrl).toBe("https://www.themoscowtimes.com/2018/07/28/putin-invites-trump-to-moscow-a62371");
    expect(article.sourceName).toBe("The Moscow Times");
    expect(article.dek).toBe("");
    expect(article.bodyText.length).toBeGreaterThan(2000);
    expect(article.bodyText).toMatch(/^Vladimir Putin offered on Friday to host Donald Trump in Moscow,/);
    expect(article.bodyText).toContain(`Related article: ${BOLTON}`);
    expect(article.bodyText).toContain('"Whether it is taken up is a question for Washington."');
    // Wire copy breaks a paragraph mid-sentence; the import joins it again.
    expect(article.bodyText).toContain("according to press secretary Sarah Sanders.");
    expect(article.bodyText).not.toMatch(/[a-z,]\n\n[a-z]/);
    expect(article.bodyText).not.toMatch(/By Reuters|July 28, 2018|Kremlin\.ru|Original url/);
    expect(article.version).toBe(1);
    expect(await database.client.revision.count({ where: { articleId: article.id } })).toBe(1);
    expect(await database.client.auditEvent.count({ where: { action: "article.import", targetId: article.id } })).toBe(
      1,
    );

    const body = parseBody(JSON.parse(article.body));
    expect(body.ok && body.doc.content.some((block) => block.type === "relatedArticle")).toBe(false);
    const search = await database.client.$queryRaw<{ article_id: string }[]>(
      runsOnPostgres
        ? Prisma.sql`SELECT article_id FROM "ArticleSearch" WHERE document @@ to_tsquery('byline', 'Kremlin | Moscow')`
        : Prisma.sql`SELECT article_id FROM "ArticleSearch" WHERE "ArticleSearch" MATCH 'Kremlin OR Moscow'`,
    );
    expect(search.map((row) => row.article_id)).toEqual([article.id]);
  });

  it("points the inline related link at the Bolton story when it exists", async () => {
    const bolton = await database.client.article.create({
      data: {
        slug: "bolton-story",
        headline: BOLTON,
        body: JSON.stringify({ type: "doc", content: [] }),
        status: "PUBLISHED",
        publishedAt: new Date("2018-07-25T16:00:00Z"),
      },
    });
    const result = await importWireStory(database.client, editor, text, { publish: true });
    expect(result.ok && result.unresolved).toEqual([]);
    if (!result.ok) return;
    expect(result.article.status).toBe("PUBLISHED");
    const article = await database.client.article.findUniqueOrThrow({ where: { id: result.article.id } });
    const body = parseBody(JSON.parse(article.body));
    expect(body.ok).toBe(true);
    if (!body.ok) return;
    expect(body.doc.content.filter((block) => block.type === "relatedArticle")).toEqual([
      { type: "relatedArticle", attrs: { articleId: bolton.id } },
    ]);
    expect(article.firstPublishedAt?.toISOString()).toBe("2018-07-28T00:00:00.000Z");
  });

  it("refuses a slug that exists unless asked to update, and then keeps a revision of each version", async () => {
    const first = await importWireStory(database.client, editor, text);
    expect(first.ok).toBe(true);
    const before = await counts();

    const again = await importWireStory(database.client, editor, text);
    expect(again).toEqual({ ok: false, message: expect.stringMatching(/already exists.*--update/) });
    expect(await counts()).toEqual(before);

    const updated = await importWireStory(database.client, editor, text, { update: true });
    expect(updated.ok && updated.created).toBe(false);
    const article = await database.client.article.findUniqueOrThrow({
      where: { slug: "putin-invites-trump-to-moscow" },
    });
    expect(article.version).toBe(2);
    expect(await database.client.revision.count()).toBe(2);
    expect(await database.client.author.count()).toBe(1);
  });
});

describe("the editor's rules apply to imports", () => {
  const text = readWireStory();

  it("lets a writer import a draft but not publish, and a refused import writes nothing", async () => {
    const refused = await importWireStory(database.client, writer, text, { publish: true });
    expect(refused).toEqual({ ok: false, message: expect.stringMatching(/publish/i) });
    expect(await database.client.article.count()).toBe(0);

    const draft = await importWireStory(database.client, writer, text);
    expect(draft.ok && draft.article.status).toBe("DRAFT");
  });

  it("keeps what the copy does not carry when it updates a story", async () => {
    const first = await importWireStory(database.client, editor, text);
    if (!first.ok) throw new Error(first.message);
    const section = await database.client.section.create({ data: { name: "World", slug: "world" } });
    await database.client.article.update({
      where: { id: first.article.id },
      data: { sectionId: section.id, dateline: "MOSCOW", version: { increment: 1 } },
    });

    const updated = await importWireStory(database.client, editor, text, { update: true, publish: true });
    expect(updated.ok && updated.article.status).toBe("PUBLISHED");
    const article = await database.client.article.findUniqueOrThrow({ where: { id: first.article.id } });
    expect(article).toMatchObject({ sectionId: section.id, dateline: "MOSCOW", heroCredit: "Kremlin.ru" });
    expect(await database.client.auditEvent.count({ where: { action: "article.import_update" } })).toBe(1);
  });

  it("names the field a story breaks, as the editor would", async () => {
    const dated = SAMPLE.replace("March 3, 2025", "March 3, 2099");
    const result = await importWireStory(database.client, editor, dated, { publish: true });
    expect(result).toEqual({ ok: false, message: expect.stringContaining("publishAt: That time is still ahead") });
    expect(await counts()).toEqual({ articles: 0, authors: 0, revisions: 0, audit: 0 });
  });
});

describe("importing bad files", () => {
  it.each([
    ["an empty file", ""],
    ["a file without body paragraphs", "# Only a headline\n\nBy Byline Wire\n"],
    ["binary data", "\u0000\u0001\u0002PNG\u0000\u0000"],
  ])("refuses %s with a message and writes nothing", async (_name, text) => {
    const result = await importWireStory(database.client, editor, text);
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.message.length).toBeGreaterThan(10);
    expect(await counts()).toEqual({ articles: 0, authors: 0, revisions: 0, audit: 0 });
  });

  it("imports a story of our own with an agency byline and no source, warning about the source", async () => {
    const result = await importWireStory(database.client, editor, SAMPLE);
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.warnings.some((warning) => /source URL/i.test(warning))).toBe(true);
    const author = await database.client.author.findFirstOrThrow();
    expect(author).toMatchObject({ name: "Byline Wire", slug: "byline-wire", kind: "AGENCY" });
  });
});
