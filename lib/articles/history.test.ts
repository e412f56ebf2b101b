import { afterEach, beforeEach, describe, expect, it } from "vitest";
import type { StaffActor } from "@/lib/articles/audit";
import { getEditorStory } from "@/lib/articles/editor-queries";
import {
  compareVersions,
  findHistoryStory,
  HISTORY_PAGE_SIZE,
  listVersions,
  versionForEditor,
} from "@/lib/articles/history";
import { saveArticle } from "@/lib/articles/save";
import type { ArticleFormValues } from "@/lib/articles/schema";
import { createTestDatabase, type TestDatabase } from "@/lib/testing/database";
import { storyForm } from "@/lib/testing/story-form";

const NOW = new Date("2026-03-01T12:00:00Z");

let database: TestDatabase;
let editor: StaffActor;
let writer: StaffActor;
let otherWriter: StaffActor;
let worldId: string;
let politicsId: string;
let authorId: string;
let relatedId: string;
let mediaId: string;

beforeEach(async () => {
  database = createTestDatabase();
  const { client } = database;
  const makeUser = async (name: string, email: string, role: StaffActor["role"]) => {
    const user = await client.user.create({ data: { email, name, role, status: "ACTIVE" } });
    return { id: user.id, email, role };
  };
  editor = await makeUser("Elena Editor", "editor@example.com", "EDITOR");
  writer = await makeUser("Walt Writer", "writer@example.com", "WRITER");
  otherWriter = await makeUser("Olga Other", "other@example.com", "WRITER");
  worldId = (await client.section.create({ data: { name: "World", slug: "world" } })).id;
  politicsId = (await client.section.create({ data: { name: "Politics", slug: "politics" } })).id;
  authorId = (await client.author.create({ data: { name: "Walt Writer", slug: "walt-writer", userId: writer.id } })).id;
  relatedId = (
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
  mediaId = (
    await client.media.create({
      data: {
        fileName: "abcdefghij0123456789.webp",
        originalName: "kremlin.jpg",
        mime: "image/webp",
        size: 1,
        width: 10,
        height: 10,
      },
    })
  ).id;
});

afterEach(async () => {
  await database.dispose();
});

const paragraph = (text: string) => ({ type: "paragraph", content: [{ type: "text", text }] });

function fields(overrides: Partial<ArticleFormValues> = {}): ArticleFormValues {
  return storyForm({
    headline: "Putin Invites Trump to Moscow",
    slug: "putin-invites-trump",
    dek: "An invitation for the autumn",
    sectionId: worldId,
    tags: ["Russia", "Diplomacy"],
    bylines: [{ kind: "author", id: authorId, name: "Walt Writer" }],
    dateline: "MOSCOW",
    heroMediaId: mediaId,
    heroAlt: "The Kremlin at dusk",
    body: {
      type: "doc",
      content: [
        paragraph("Putin said he wanted Trump to visit."),
        { type: "image", attrs: { mediaId, alt: "The Kremlin", caption: "", credit: "" } },
        { type: "relatedArticle", attrs: { articleId: relatedId } },
      ],
    },
    relatedIds: [relatedId],
    ...overrides,
  });
}

/** Saves `values` as the next version of the story (a new story when `id` is null). */
async function save(actor: StaffActor, id: string | null, values: ArticleFormValues) {
  const baseVersion = id ? (await database.client.article.findUniqueOrThrow({ where: { id } })).version : null;
  const outcome = await saveArticle(
    database.client,
    actor,
    { articleId: id, baseVersion, action: "save", fields: values },
    { now: NOW },
  );
  if (!outcome.ok) throw new Error(`expected a save, got ${outcome.error}: ${outcome.message}`);
  return outcome.story;
}

/** A story with three versions: the first as `fields()`, then a new headline, then a new section and body. */
async function storyWithThreeVersions(owner: StaffActor = writer) {
  const { id } = await save(owner, null, fields());
  await save(owner, id, fields({ headline: "Putin Asks Trump to Visit Moscow" }));
  await save(
    owner,
    id,
    fields({
      headline: "Putin Asks Trump to Visit Moscow",
      sectionId: politicsId,
      body: { type: "doc", content: [paragraph("Putin said he hoped Trump would visit soon.")] },
    }),
  );
  return id;
}

describe("versionForEditor", () => {
  it("gives the current version exactly as the editor loads the current story", async () => {
    const id = await storyWithThreeVersions();
    const restored = await versionForEditor(database.client, editor, id, 3, NOW);
    const story = await getEditorStory(id, NOW, database.client);
    expect(restored).toEqual({
      version: 3,
      values: story?.values,
      related: story?.related,
      heroPreview: story?.hero?.src,
      dropped: [],
    });
  });

  it("turns an earlier version back into form values, with the story's current publication time", async () => {
    const id = await storyWithThreeVersions();
    const restored = await versionForEditor(database.client, writer, id, 1, NOW);
    expect(restored?.values).toMatchObject({
      headline: "Putin Invites Trump to Moscow",
      sectionId: worldId,
      tags: ["Russia", "Diplomacy"],
      bylines: [{ kind: "author", id: authorId, name: "Walt Writer" }],
      relatedIds: [relatedId],
      heroMediaId: mediaId,
      publishAt: "",
    });
    expect(restored?.related).toEqual([{ id: relatedId, headline: "Bolton Says", live: true }]);
    expect(restored?.heroPreview).toBe("/media/abcdefghij0123456789.webp");
    expect(JSON.stringify(restored?.values.body)).toContain("Putin said he wanted Trump to visit.");
  });

  it("leaves out what no longer exists, says so, and the result saves as a new version", async () => {
    const id = await storyWithThreeVersions();
    const { client } = database;
    await client.tag.delete({ where: { slug: "diplomacy" } });
    await client.article.delete({ where: { id: relatedId } });
    await client.media.delete({ where: { id: mediaId } });
    await client.section.delete({ where: { id: worldId } });

    const restored = await versionForEditor(client, editor, id, 1, NOW);
    expect(restored?.dropped).toEqual([
      "1 tag",
      "the section",
      "the hero image",
      "1 related article",
      "2 image or related-article blocks in the body",
    ]);
    expect(restored?.values).toMatchObject({ tags: ["Russia"], sectionId: "", heroMediaId: "", relatedIds: [] });
    expect(restored?.values.body).toEqual({
      type: "doc",
      content: [paragraph("Putin said he wanted Trump to visit.")],
    });

    const saved = await save(editor, id, restored?.values as ArticleFormValues);
    expect(saved.version).toBe(4);
    expect((await listVersions(client, id, 1)).rows.map((row) => row.version)).toEqual([4, 3, 2, 1]);
  });

  it("keeps an empty paragraph where a quote held only an image that is gone", async () => {
    const quoted = {
      type: "blockquote",
      content: [{ type: "image", attrs: { mediaId, alt: "A", caption: "", credit: "" } }],
    };
    const { id } = await save(editor, null, fields({ body: { type: "doc", content: [quoted] } }));
    await database.client.media.delete({ where: { id: mediaId } });
    const restored = await versionForEditor(database.client, editor, id, 1, NOW);
    expect(restored?.values.body).toEqual({
      type: "doc",
      content: [{ type: "blockquote", content: [{ type: "paragraph" }] }],
    });
  });

  it("answers null for a version, story or reader that is not there", async () => {
    const id = await storyWithThreeVersions();
    expect(await versionForEditor(database.client, editor, id, 9, NOW)).toBeNull();
    expect(await versionForEditor(database.client, editor, id, 2.5, NOW)).toBeNull();
    expect(await versionForEditor(database.client, editor, "no-such-story", 1, NOW)).toBeNull();
    // A writer sees only their own stories.
    expect(await versionForEditor(database.client, otherWriter, id, 1, NOW)).toBeNull();
  });
});

describe("listVersions", () => {
  it("lists versions newest first with who saved them, the autosave mark and what each changed", async () => {
    const id = await storyWithThreeVersions();
    await database.client.revision.update({
      where: { articleId_version: { articleId: id, version: 2 } },
      data: { autosave: true },
    });
    const { rows, total, pageCount } = await listVersions(database.client, id, 1);
    expect({ total, pageCount }).toEqual({ total: 3, pageCount: 1 });
    expect(rows.map(({ version, autosave, previous }) => ({ version, autosave, previous }))).toEqual([
      { version: 3, autosave: false, previous: { version: 2, changed: ["Body", "Section"] } },
      { version: 2, autosave: true, previous: { version: 1, changed: ["Headline"] } },
      { version: 1, autosave: false, previous: null },
    ]);
    expect(rows[0]?.savedBy).toBe("Walt Writer");
  });

  it("pages through many versions and counts the changes of a page's last row from the page after", async () => {
    const { id } = await save(editor, null, fields());
    for (let n = 2; n <= HISTORY_PAGE_SIZE + 3; n++) await save(editor, id, fields({ dek: `Take ${n}` }));
    const first = await listVersions(database.client, id, 1);
    const second = await listVersions(database.client, id, 2);
    expect(first.pageCount).toBe(2);
    expect(first.rows).toHaveLength(HISTORY_PAGE_SIZE);
    expect(first.rows.at(-1)).toMatchObject({ version: 4, previous: { version: 3, changed: ["Dek"] } });
    expect(second.rows.map((row) => [row.version, row.previous?.changed ?? null])).toEqual([
      [3, ["Dek"]],
      [2, ["Dek"]],
      [1, null],
    ]);
  });
});

describe("compareVersions", () => {
  it("compares the text word by word and lists the other fields by name", async () => {
    const id = await storyWithThreeVersions();
    const comparison = await compareVersions(database.client, id, 1, 3, editor);
    expect(comparison?.from.version).toBe(1);
    expect(comparison?.headline.before.flat().filter((part) => part.change === "deleted")).toEqual([
      { text: "Invites", change: "deleted" },
    ]);
    expect(comparison?.headline.after.flat().filter((part) => part.change === "inserted")).toEqual([
      { text: "Asks", change: "inserted" },
      { text: "Visit ", change: "inserted" },
    ]);
    expect(comparison?.dek.changed).toBe(false);
    expect(comparison?.body.changed).toBe(true);
    expect(comparison?.others).toEqual([{ label: "Section", before: "World", after: "Politics" }]);
  });

  it("says when the body changed but not its text", async () => {
    const id = await storyWithThreeVersions();
    const comparison = await compareVersions(database.client, id, 3, 2, editor);
    expect(comparison?.bodyChangedBeyondText).toBe(false);
    const { id: other } = await save(editor, null, fields({ slug: "other" }));
    await save(
      editor,
      other,
      fields({ slug: "other", body: { type: "doc", content: [paragraph("Putin said he wanted Trump to visit.")] } }),
    );
    const embedsOnly = await compareVersions(database.client, other, 1, 2, editor);
    expect(embedsOnly).toMatchObject({ bodyChangedBeyondText: true, body: { changed: false } });
  });

  it("names a linked story its viewer may not open only as such", async () => {
    const colleaguesDraft = await database.client.article.create({
      data: {
        slug: "olgas-draft",
        headline: "Olga's Unpublished Scoop",
        body: JSON.stringify({ type: "doc", content: [] }),
        createdById: otherWriter.id,
      },
    });
    const { id } = await save(writer, null, fields({ relatedIds: [] }));
    await save(editor, id, fields({ relatedIds: [colleaguesDraft.id] }));

    const related = async (viewer: StaffActor) =>
      (await compareVersions(database.client, id, 1, 2, viewer))?.others.find(
        (change) => change.label === "Related articles",
      )?.after;
    expect(await related(writer)).toBe("(a story you cannot open)");
    expect(await related(editor)).toBe("Olga's Unpublished Scoop");
  });

  it("answers null when a version is missing", async () => {
    const id = await storyWithThreeVersions();
    expect(await compareVersions(database.client, id, 1, 7, editor)).toBeNull();
  });
});

describe("findHistoryStory", () => {
  it("gives what the policy needs", async () => {
    const id = await storyWithThreeVersions();
    expect(await findHistoryStory(database.client, id)).toEqual({
      id,
      headline: "Putin Asks Trump to Visit Moscow",
      version: 3,
      status: "DRAFT",
      createdById: writer.id,
    });
    expect(await findHistoryStory(database.client, "missing")).toBeNull();
  });
});
