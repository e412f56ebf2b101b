import type { ReactNode } from "react";
import { prerender } from "react-dom/static";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { StoryPreview } from "@/components/editor/StoryPreview";
import { ArticleView } from "@/components/site/ArticleView";
import { getPreviewStory } from "@/lib/articles/preview";
import { getReaderArticle } from "@/lib/articles/queries";
import type { Actor } from "@/lib/auth/policy";
import type { Block } from "@/lib/content/schema";
import type { ArticleStatus, Role } from "@/lib/generated/prisma/enums";
import { createTestDatabase, type TestDatabase } from "@/lib/testing/database";

// Dates render in the newsroom's time zone; outside a Next.js render its cached settings are the defaults.
vi.mock("@/lib/settings/site-settings", async () => ({
  storedSiteSettings: async () => (await import("@/lib/settings/queries")).settingsFromEnv(),
}));

const now = new Date("2026-03-01T12:00:00.000Z");
const hours = (count: number) => new Date(now.getTime() + count * 3_600_000);

let database: TestDatabase;
let writer: Actor;
let colleague: Actor;
let editor: Actor;
const ids: Record<string, string> = {};
const id = (headline: string) => ids[headline] ?? "";

async function person(role: Role, email: string): Promise<Actor> {
  const user = await database.client.user.create({ data: { email, name: email, role, status: "ACTIVE" } });
  return { id: user.id, role };
}

const text = (words: string): Block => ({ type: "paragraph", content: [{ type: "text", text: words }] });
const inlineLink = (headline: string): Block => ({ type: "relatedArticle", attrs: { articleId: id(headline) } });

async function story(
  headline: string,
  status: ArticleStatus,
  publishedAt: Date | null,
  owner: Actor,
  { body = [text(headline)], related = [] }: { body?: Block[]; related?: string[] } = {},
) {
  const row = await database.client.article.create({
    data: {
      slug: headline.toLowerCase().replace(/\W+/g, "-"),
      headline,
      body: JSON.stringify({ type: "doc", content: body }),
      status,
      publishedAt,
      createdById: owner.id,
      relatedTo: { create: related.map((other, position) => ({ toId: id(other), position })) },
    },
  });
  ids[headline] = row.id;
}

/** Markup as the server sends it; the date components are async, which only the streaming renderers await. */
async function markup(node: ReactNode): Promise<string> {
  const { prelude } = await prerender(node);
  return new Response(prelude).text();
}

function splitAtArticle(html: string): [string, string] {
  const start = html.indexOf("<article");
  return [html.slice(0, start), html.slice(start)];
}

beforeAll(async () => {
  database = createTestDatabase();
  const { client } = database;
  writer = await person("WRITER", "writer@example.com");
  colleague = await person("WRITER", "colleague@example.com");
  editor = await person("EDITOR", "editor@example.com");

  await story("Ferries Return", "PUBLISHED", hours(-30), colleague);
  await story("Colleague's Tide Draft", "DRAFT", null, colleague);
  await story("Regatta Scheduled", "SCHEDULED", hours(5), colleague);
  await story("My Pier Draft", "DRAFT", null, writer);

  // A published story with everything its page can show.
  const section = await client.section.create({ data: { name: "Coast", slug: "coast" } });
  const author = await client.author.create({ data: { name: "Ana Reporter", slug: "ana-reporter" } });
  const photo = await client.media.create({
    data: { fileName: "harbour.jpg", mime: "image/jpeg", size: 1000, width: 1600, height: 900 },
  });
  await story("Harbour Reopens", "PUBLISHED", hours(-5), editor, {
    body: [text("The harbour reopened at dawn."), inlineLink("Ferries Return")],
    related: ["Ferries Return"],
  });
  await client.article.update({
    where: { id: id("Harbour Reopens") },
    data: {
      dek: "Boats are back.",
      dateline: "PORTSMOUTH",
      sectionId: section.id,
      heroMediaId: photo.id,
      heroAlt: "Boats in the harbour",
      heroCaption: "The first boats.",
      heroCredit: "Photo: Ana",
      sourceName: "Coast Wire",
      sourceUrl: "https://wire.example.com/harbour",
      authors: { create: { authorId: author.id, position: 0 } },
      tags: {
        create: [
          { position: 0, tag: { create: { name: "Harbours", slug: "harbours" } } },
          { position: 1, tag: { create: { name: "Boats", slug: "boats" } } },
        ],
      },
      corrections: {
        create: [
          { text: "An earlier version named the wrong pier.", correctedAt: hours(-2) },
          { text: "The harbour master's name was misspelt.", correctedAt: hours(-1) },
        ],
      },
      updatedAt: hours(-1),
    },
  });

  // The writer's own draft, linking (as cards and in its body) their own draft, a colleague's draft,
  // a story scheduled for later and a published one.
  const linked = ["My Pier Draft", "Colleague's Tide Draft", "Regatta Scheduled", "Ferries Return"];
  await story("Harbour Week", "DRAFT", null, writer, { body: linked.map(inlineLink), related: linked });
});

afterAll(async () => {
  await database.dispose();
});

describe("the preview of a published story", () => {
  it("reads what the reader page reads: corrections, tags, related cards, the update time", async () => {
    const reader = await getReaderArticle("harbour-reopens", now, database.client);
    const preview = await getPreviewStory(id("Harbour Reopens"), editor, now, database.client);
    expect(reader).not.toBeNull();
    expect(preview?.article).toEqual(reader);
    expect(preview?.article.corrections.map((correction) => correction.text)).toEqual([
      "An earlier version named the wrong pier.",
      "The harbour master's name was misspelt.",
    ]);
    expect(preview?.status).toBe("PUBLISHED");
    expect(preview?.notYetPublished.size).toBe(0);
  });

  it("renders the reader page's article markup, with only the banner before it", async () => {
    const reader = await getReaderArticle("harbour-reopens", now, database.client);
    const preview = await getPreviewStory(id("Harbour Reopens"), editor, now, database.client);
    if (!reader || !preview) throw new Error("the story is missing");
    const readerHtml = await markup(<ArticleView article={reader} />);
    const previewHtml = await markup(<StoryPreview story={preview} />);

    // Before the article: the banner, and the hero's preload hint React hoists out of both.
    const [banner, article] = splitAtArticle(previewHtml);
    expect(banner.replaceAll("<!-- -->", "")).toMatch(
      /<p role="note"[^>]*>Preview of the last saved version \(Published\)\./,
    );
    expect(article).toBe(splitAtArticle(readerHtml)[1]);

    // What the old preview left out or drew its own way.
    expect(readerHtml).toContain('<section aria-labelledby="corrections-heading"');
    expect(readerHtml).toContain("The harbour master&#x27;s name was misspelt.");
    expect(readerHtml).toContain('href="/tags/harbours"');
    expect(readerHtml).toContain('href="/tags/boats"');
    expect(readerHtml).toContain('href="/sections/coast"');
    expect(readerHtml).toMatch(/<h3[^>]*><a href="\/articles\/ferries-return"/);
    expect(readerHtml).toContain("Updated <time");
    expect(previewHtml).not.toContain("application/ld+json");
    expect(previewHtml).not.toContain("not published yet");
  });
});

describe("the preview of a draft that links to stories readers cannot see yet", () => {
  it("shows a writer their own draft and published stories, never a colleague's draft or a later story", async () => {
    const preview = await getPreviewStory(id("Harbour Week"), writer, now, database.client);
    expect(preview?.article.related.map((card) => card.headline)).toEqual(["My Pier Draft", "Ferries Return"]);
    expect(
      [...(preview?.article.references.relatedArticles.values() ?? [])].map((link) => link.headline).sort(),
    ).toEqual(["Ferries Return", "My Pier Draft"]);
    expect([...(preview?.notYetPublished ?? [])]).toEqual([id("My Pier Draft")]);

    const html = await markup(preview && <StoryPreview story={preview} />);
    expect(html).not.toContain("Colleague");
    expect(html).not.toContain("Regatta");
    expect(html).not.toContain(id("Colleague's Tide Draft"));
    // Marked twice: its card and its link in the body; the published story not at all.
    expect(html.match(/\(not published yet\)/g)).toHaveLength(2);
    expect(html).toContain('<a href="/articles/my-pier-draft">My Pier Draft</a> (not published yet)');
    expect(html).toContain('<a href="/articles/ferries-return">Ferries Return</a></p>');
  });

  it("shows an editor every linked story, marking each one readers cannot follow yet", async () => {
    const preview = await getPreviewStory(id("Harbour Week"), editor, now, database.client);
    expect(preview?.article.related.map((card) => card.headline)).toEqual([
      "My Pier Draft",
      "Colleague's Tide Draft",
      "Regatta Scheduled",
      "Ferries Return",
    ]);
    expect([...(preview?.notYetPublished ?? [])].sort()).toEqual(
      [id("My Pier Draft"), id("Colleague's Tide Draft"), id("Regatta Scheduled")].sort(),
    );
  });

  it("dates the draft and its unpublished cards as if published now, and says so in the banner", async () => {
    const preview = await getPreviewStory(id("Harbour Week"), writer, now, database.client);
    expect(preview?.status).toBe("DRAFT");
    expect(preview?.article.publishedAt).toEqual(now);
    expect(preview?.article.related[0]?.publishedAt).toEqual(now);
    const html = await markup(preview && <StoryPreview story={preview} />);
    expect(html).toContain("It has no publication time yet");
    expect(html).not.toContain("1970");
  });

  it("finds nothing for an unknown id", async () => {
    expect(await getPreviewStory("no-such-story", editor, now, database.client)).toBeNull();
  });
});
