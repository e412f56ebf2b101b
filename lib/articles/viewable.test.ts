import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { searchStoriesByHeadline } from "@/lib/articles/editor-queries";
import { getPreviewStory } from "@/lib/articles/preview";
import { viewableBy } from "@/lib/articles/viewable";
import { wireStoryToForm } from "@/lib/articles/wire-paste";
import { type Actor, can } from "@/lib/auth/policy";
import type { ArticleStatus, Role } from "@/lib/generated/prisma/enums";
import { createTestDatabase, type TestDatabase } from "@/lib/testing/database";

const now = new Date("2026-03-01T12:00:00.000Z");
const hours = (count: number) => new Date(now.getTime() + count * 3_600_000);

let database: TestDatabase;
let writer: Actor;
let colleague: Actor;
let editor: Actor;
const ids: Record<string, string> = {};

async function person(role: Role, email: string): Promise<Actor> {
  const user = await database.client.user.create({ data: { email, name: email, role, status: "ACTIVE" } });
  return { id: user.id, role };
}

async function story(headline: string, status: ArticleStatus, publishedAt: Date | null, owner: Actor | null) {
  const body = ids["Colleague's Harbour Draft"]
    ? { type: "doc", content: [{ type: "relatedArticle", attrs: { articleId: ids["Colleague's Harbour Draft"] } }] }
    : { type: "doc", content: [] };
  const row = await database.client.article.create({
    data: {
      slug: headline.toLowerCase().replace(/\W+/g, "-"),
      headline,
      body: JSON.stringify(body),
      status,
      publishedAt,
      createdById: owner?.id ?? null,
    },
  });
  ids[headline] = row.id;
}

beforeAll(async () => {
  database = createTestDatabase();
  writer = await person("WRITER", "writer@example.com");
  colleague = await person("WRITER", "colleague@example.com");
  editor = await person("EDITOR", "editor@example.com");
  await story("Colleague's Harbour Draft", "DRAFT", null, colleague);
  await story("Harbour Fireworks Scheduled", "SCHEDULED", hours(5), colleague);
  await story("Harbour Reopens", "PUBLISHED", hours(-2), colleague);
  // The writer's own draft; its body embeds the colleague's draft, and an editor linked that draft too.
  await story("Harbour Mine", "DRAFT", null, writer);
  await database.client.articleRelation.create({
    data: { fromId: ids["Harbour Mine"] ?? "", toId: ids["Colleague's Harbour Draft"] ?? "", position: 0 },
  });
});

afterAll(async () => {
  await database.dispose();
});

describe("viewableBy", () => {
  it("agrees with the policy's article.view, plus what readers see, for every role, owner and state", async () => {
    const { client } = database;
    const states: [ArticleStatus, Date | null][] = [
      ["DRAFT", null],
      ["IN_REVIEW", null],
      ["SCHEDULED", hours(1)],
      ["SCHEDULED", hours(-1)],
      ["PUBLISHED", hours(-1)],
      ["PUBLISHED", hours(1)],
      ["UNPUBLISHED", hours(-1)],
    ];
    const admin = await person("ADMIN", "admin@example.com");
    let n = 0;
    for (const owner of [writer, colleague, null])
      for (const [status, publishedAt] of states)
        await client.article.create({
          data: { slug: `grid-${n++}`, headline: "grid", body: "{}", status, publishedAt, createdById: owner?.id },
        });
    const grid = await client.article.findMany({ where: { headline: "grid" } });
    for (const actor of [writer, colleague, editor, admin]) {
      const seen = await client.article.findMany({
        where: { headline: "grid", ...viewableBy(actor, now) },
        select: { id: true },
      });
      const expected = grid.filter(
        (row) =>
          can(actor, "article.view", row) ||
          (["PUBLISHED", "SCHEDULED"].includes(row.status) && row.publishedAt !== null && row.publishedAt <= now),
      );
      expect(seen.map((row) => row.id).sort(), actor.role).toEqual(expected.map((row) => row.id).sort());
    }
    await client.article.deleteMany({ where: { headline: "grid" } });
  });
});

describe("the related-article picker's headline search", () => {
  const headlines = async (actor: Actor) =>
    (await searchStoriesByHeadline(actor, "harbour", null, now, database.client)).map((choice) => choice.headline);

  it("shows a writer published stories and their own, never a colleague's draft or scheduled story", async () => {
    expect((await headlines(writer)).sort()).toEqual(["Harbour Mine", "Harbour Reopens"]);
  });

  it("shows an editor every story", async () => {
    expect((await headlines(editor)).sort()).toEqual([
      "Colleague's Harbour Draft",
      "Harbour Fireworks Scheduled",
      "Harbour Mine",
      "Harbour Reopens",
    ]);
  });
});

describe("pasting a wire story that links to a colleague's draft", () => {
  const wire = (headline: string) =>
    `# Harbour Week\n\nBy Byline Wire\n\nJuly 28, 2018\n\nThe week began.\n\n**Related article:** [${headline}](#)\n\nIt ended.\n`;

  async function paste(actor: Actor, headline: string) {
    const result = await wireStoryToForm(database.client, actor, wire(headline), now);
    if (!result.ok) throw new Error(result.message);
    return result;
  }

  it.each(["Colleague's Harbour Draft", "Harbour Fireworks Scheduled"])(
    "tells a writer nothing of %s: no id, no status",
    async (headline) => {
      const result = await paste(writer, headline);
      const filled = JSON.stringify(result.fill);
      expect(filled).not.toContain(ids[headline]);
      expect(filled).not.toContain('"relatedArticle"');
      expect(result.unresolved).toEqual([headline]);
    },
  );

  it("links the writer's own draft, and anything for an editor", async () => {
    expect(JSON.stringify((await paste(writer, "Harbour Mine")).fill)).toContain(ids["Harbour Mine"]);
    const result = await paste(editor, "Colleague's Harbour Draft");
    expect(result.unresolved).toEqual([]);
    expect(JSON.stringify(result.fill)).toContain(ids["Colleague's Harbour Draft"]);
  });
});

describe("the preview's linked stories", () => {
  it("leaves out, for a writer, a colleague's draft an editor linked", async () => {
    const preview = await getPreviewStory(ids["Harbour Mine"] ?? "", writer, now, database.client);
    expect(preview?.article.related).toEqual([]);
    expect([...(preview?.article.references.relatedArticles.keys() ?? [])]).toEqual([]);
  });

  it("shows it to an editor", async () => {
    const preview = await getPreviewStory(ids["Harbour Mine"] ?? "", editor, now, database.client);
    expect(preview?.article.related.map((story) => story.headline)).toEqual(["Colleague's Harbour Draft"]);
    expect([...(preview?.article.references.relatedArticles.values() ?? [])].map((story) => story.headline)).toEqual([
      "Colleague's Harbour Draft",
    ]);
  });
});
