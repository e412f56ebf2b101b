import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { wireStoryToForm } from "@/lib/articles/wire-paste";
import type { Actor } from "@/lib/auth/policy";
import { createTestDatabase, type TestDatabase } from "@/lib/testing/database";
import { readWireStory } from "@/lib/testing/fixtures";

// The wire paste finds stories the user may see (viewable.test.ts): an editor sees them all.
const EDITOR: Actor = { id: "editor-1", role: "EDITOR" };

const BOLTON = "Trump Delays Putin Meeting Until 'After the Russia Witch Hunt is Over,' Bolton Says";

let database: TestDatabase;
beforeEach(() => {
  database = createTestDatabase();
});
afterEach(async () => {
  await database.dispose();
});

describe("pasting our wire story", () => {
  it("fills the fields, matching the byline and the related story, and writes nothing", async () => {
    const { client } = database;
    const reuters = await client.author.create({ data: { name: "Reuters", slug: "reuters", kind: "AGENCY" } });
    const bolton = await client.article.create({
      data: {
        slug: "bolton",
        headline: BOLTON,
        body: JSON.stringify({ type: "doc", content: [] }),
        status: "PUBLISHED",
        publishedAt: new Date("2018-07-25T00:00:00Z"),
      },
    });
    const before = { articles: await client.article.count(), authors: await client.author.count() };

    const result = await wireStoryToForm(client, EDITOR, readWireStory(), new Date("2026-01-01T00:00:00Z"));
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.fill).toMatchObject({
      headline: "Putin Invites Trump to Moscow",
      dek: "",
      slug: "putin-invites-trump-to-moscow",
      slugFollowsHeadline: true,
      bylines: [{ kind: "author", id: reuters.id, name: "Reuters" }],
      publishAt: "2018-07-28T00:00",
      heroCredit: "Kremlin.ru",
      sourceName: "The Moscow Times",
      sourceUrl: "https://www.themoscowtimes.com/2018/07/28/putin-invites-trump-to-moscow-a62371",
    });
    const body = result.fill.body as { content: { type: string; attrs?: Record<string, unknown> }[] };
    expect(body.content.filter((block) => block.type === "relatedArticle")).toEqual([
      { type: "relatedArticle", attrs: { articleId: bolton.id, headline: BOLTON, live: true } },
    ]);
    // Sixteen paragraphs once the one the wire broke is joined, the related story in its place after the seventh.
    expect(body.content.map((block) => block.type)).toEqual([
      ...Array(7).fill("paragraph"),
      "relatedArticle",
      ...Array(9).fill("paragraph"),
    ]);
    expect(JSON.stringify(body.content[0])).toContain(
      "Vladimir Putin offered on Friday to host Donald Trump in Moscow",
    );
    expect(result.warnings).toEqual([]);
    expect({ articles: await client.article.count(), authors: await client.author.count() }).toEqual(before);
  });
});

describe("pasting text that is not a wire story", () => {
  it("says why, and names an unknown agency for creation on save", async () => {
    expect(await wireStoryToForm(database.client, EDITOR, "   ")).toEqual({ ok: false, message: "The file is empty." });
    const result = await wireStoryToForm(
      database.client,
      EDITOR,
      "# Harbour Reopens\n\nBy Byline Wire\n\nThe harbour reopened on Monday.\n",
    );
    expect(result.ok && result.fill.bylines).toEqual([{ kind: "agency", name: "Byline Wire" }]);
    expect(result.ok && result.warnings.join(" ")).toMatch(/No date found/);
  });
});
