import { existsSync, readdirSync, rmSync } from "node:fs";
import path from "node:path";
import { afterAll, afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import type { SessionUser } from "@/lib/auth/session-user";
import { createMedia } from "@/lib/media/create";
import {
  deleteMedia,
  getMediaDetails,
  listMedia,
  MEDIA_PER_PAGE,
  mediaUsage,
  updateMedia,
  updateMediaSchema,
} from "@/lib/media/library";
import { createTestDatabase, runsOnPostgres, type TestDatabase } from "@/lib/testing/database";
import { samplePng } from "@/lib/testing/newsroom";
import { recordingClient } from "@/lib/testing/query-recorder";

// Set before any import reads the environment.
const mediaDir = await vi.hoisted(async () => {
  const [{ mkdtempSync }, os, path] = await Promise.all([import("node:fs"), import("node:os"), import("node:path")]);
  const dir = mkdtempSync(path.join(os.tmpdir(), "byline-library-"));
  process.env.MEDIA_DIR = dir;
  return dir;
});

let database: TestDatabase;
let writer: SessionUser;
let colleague: SessionUser;
let editor: SessionUser;
const ip = "203.0.113.9";

beforeEach(async () => {
  database = createTestDatabase();
  const user = async (name: string, role: SessionUser["role"]): Promise<SessionUser> => {
    const email = `${name}@example.com`;
    const row = await database.client.user.create({ data: { email, name, role, status: "ACTIVE" } });
    return { id: row.id, email, name, role };
  };
  writer = await user("wanda", "WRITER");
  colleague = await user("colin", "WRITER");
  editor = await user("ed", "EDITOR");
});
afterEach(async () => {
  await database.dispose();
  for (const name of readdirSync(mediaDir)) rmSync(path.join(mediaDir, name));
});
afterAll(() => rmSync(mediaDir, { recursive: true, force: true }));

async function image(
  details: { alt?: string; caption?: string; credit?: string; originalName?: string; by?: SessionUser } = {},
) {
  return createMedia(database.client, {
    data: await samplePng(),
    originalName: details.originalName ?? "photo.png",
    alt: details.alt ?? "",
    caption: details.caption,
    credit: details.credit,
    uploadedById: (details.by ?? writer).id,
  });
}

const paragraph = (text: string) => ({ type: "paragraph", content: [{ type: "text", text }] });
const inlineImage = (mediaId: string) => ({
  type: "image",
  attrs: { mediaId, alt: "A square", caption: "", credit: "" },
});
const body = (...blocks: unknown[]) => JSON.stringify({ type: "doc", content: blocks });

let slugs = 0;
function story(fields: { headline: string; body?: string; heroMediaId?: string; createdById?: string }) {
  slugs += 1;
  return database.client.article.create({
    data: { slug: `story-${slugs}`, body: body(paragraph("Text.")), ...fields },
  });
}

describe("the library's list", () => {
  it("finds images by alt text, caption, credit and file name, whatever the case", async () => {
    const kremlin = await image({ alt: "The Kremlin at dawn" });
    const rescue = await image({ caption: "Divers bring out the boys" });
    const reuters = await image({ credit: "Reuters/Soe Zeya Tun" });
    const named = await image({ originalName: "cave-entrance.jpg" });
    const ids = async (q: string) => (await listMedia(database.client, { q, page: 1 })).items.map((item) => item.id);

    expect(await ids("kremlin")).toEqual([kremlin.id]);
    expect(await ids("DIVERS")).toEqual([rescue.id]);
    expect(await ids("reuters")).toEqual([reuters.id]);
    expect(await ids("cave-entrance")).toEqual([named.id]);
    // The stored name too: the grid shows it for an image uploaded without one.
    expect(await ids(kremlin.fileName.slice(0, 12))).toEqual([kremlin.id]);
    expect(await ids("nothing like it")).toEqual([]);
  });

  it("pages newest first, with a srcset from the stored variants", async () => {
    for (let n = 0; n <= MEDIA_PER_PAGE; n += 1) await image({ alt: `Image ${n}` });
    const first = await listMedia(database.client, { page: 1 });
    const second = await listMedia(database.client, { page: 2 });

    expect(first.total).toBe(MEDIA_PER_PAGE + 1);
    expect(first.pageCount).toBe(2);
    expect(first.items).toHaveLength(MEDIA_PER_PAGE);
    expect(second.items.map((item) => item.alt)).toEqual(["Image 0"]);
    expect(first.items[0]?.srcSet).toMatch(/^\/media\/[a-z0-9]+\.webp 64w$/);
  });
});

describe("updating an image's details", () => {
  it("saves alt text, caption and credit, and audits the change", async () => {
    const photo = await image({ alt: "Old" });
    const result = await updateMedia(
      database.client,
      { mediaId: photo.id, alt: "A cave", caption: "The entrance", credit: "AP" },
      { actor: writer, ip },
    );

    expect(result.ok).toBe(true);
    expect(await database.client.media.findUnique({ where: { id: photo.id } })).toMatchObject({
      alt: "A cave",
      caption: "The entrance",
      credit: "AP",
    });
    const event = await database.client.auditEvent.findFirstOrThrow({ where: { action: "media.update" } });
    expect(event).toMatchObject({ actorId: writer.id, targetType: "media", targetId: photo.id, ip });
    expect(JSON.parse(event.details)).toMatchObject({ from: { alt: "Old" }, to: { alt: "A cave" } });
  });

  it("lets an editor change anyone's image but a writer only their own, writing nothing when refused", async () => {
    const photo = await image({ alt: "Wanda's", by: writer });
    const refused = await updateMedia(
      database.client,
      { mediaId: photo.id, alt: "Colin's now", caption: "", credit: "" },
      { actor: colleague, ip },
    );
    expect(refused).toEqual({ ok: false, message: expect.stringContaining("Only editors") });
    expect((await database.client.media.findUniqueOrThrow({ where: { id: photo.id } })).alt).toBe("Wanda's");
    expect(await database.client.auditEvent.count()).toBe(0);

    const byEditor = await updateMedia(
      database.client,
      { mediaId: photo.id, alt: "Checked", caption: "", credit: "" },
      { actor: editor, ip },
    );
    expect(byEditor.ok).toBe(true);
  });

  it("answers a missing image with a message", async () => {
    const result = await updateMedia(
      database.client,
      { mediaId: "gone", alt: "", caption: "", credit: "" },
      { actor: editor, ip },
    );
    expect(result).toEqual({ ok: false, message: expect.stringContaining("no longer in the library") });
  });

  it("refuses overlong text with the field's name", () => {
    const parsed = updateMediaSchema.safeParse({ mediaId: "m", alt: "", caption: "", credit: "x".repeat(301) });
    expect(parsed.success).toBe(false);
    expect(parsed.error?.issues[0]?.message).toBe("Credit must be at most 300 characters.");
  });
});

describe("where an image is used", () => {
  it("lists stories that show it as hero or inline image, bylines' photos and the site's logo", async () => {
    const photo = await image();
    const hero = await story({ headline: "Hero story", heroMediaId: photo.id });
    // Inside a quotation and a list: the body is searched at every depth.
    const inline = await story({
      headline: "Inline story",
      body: body({
        type: "blockquote",
        content: [{ type: "bulletList", content: [{ type: "listItem", content: [inlineImage(photo.id)] }] }],
      }),
    });
    const both = await story({ headline: "Both", heroMediaId: photo.id, body: body(inlineImage(photo.id)) });
    await story({ headline: "Elsewhere" });
    const byline = await database.client.author.create({
      data: { name: "Wanda", slug: "wanda", photoMediaId: photo.id },
    });
    await database.client.siteSettings.create({ data: { name: "The Daily Walk", logoMediaId: photo.id } });

    const used = { createdById: null, status: "DRAFT", pending: false };
    expect(await mediaUsage(database.client, photo.id)).toEqual({
      stories: [
        { id: both.id, headline: "Both", hero: true, inline: true, ...used },
        { id: hero.id, headline: "Hero story", hero: true, inline: false, ...used },
        { id: inline.id, headline: "Inline story", hero: false, inline: true, ...used },
      ],
      moreStories: false,
      bylines: [{ id: byline.id, name: "Wanda" }],
      siteLogo: true,
    });
  });

  it("follows edits of the body: an image taken out of a story no longer counts", async () => {
    const photo = await image();
    const inline = await story({ headline: "Inline story", body: body(inlineImage(photo.id)) });
    expect((await getMediaDetails(database.client, photo.id, editor))?.usage.stories).toHaveLength(1);

    await database.client.article.update({ where: { id: inline.id }, data: { body: body(paragraph("No image.")) } });
    expect((await mediaUsage(database.client, photo.id)).stories).toEqual([]);
  });

  it("names to a writer only the stories they may open, and counts the others", async () => {
    const photo = await image();
    await story({ headline: "Mine", heroMediaId: photo.id, createdById: writer.id });
    await story({ headline: "Colin's draft", heroMediaId: photo.id, createdById: colleague.id });

    const seenByWriter = await getMediaDetails(database.client, photo.id, writer);
    expect(seenByWriter?.usage.stories.map((s) => s.headline)).toEqual(["Mine"]);
    expect(seenByWriter?.usage.unseenStories).toBe(1);
    expect(seenByWriter?.inUse).toBe(true);
    const seenByEditor = await getMediaDetails(database.client, photo.id, editor);
    expect(seenByEditor?.usage.stories.map((s) => s.headline)).toEqual(["Colin's draft", "Mine"]);
    expect(seenByEditor?.usage.unseenStories).toBe(0);
  });

  it("counts an image in a live story's autosaved changes, so it is not deleted under them", async () => {
    const photo = await image();
    const live = await story({ headline: "Live" });
    await database.client.pendingDraft.create({
      data: {
        articleId: live.id,
        baseVersion: 1,
        fields: JSON.stringify({ headline: "Live", heroMediaId: photo.id }),
        savedAt: new Date(),
      },
    });
    expect((await mediaUsage(database.client, photo.id)).stories).toEqual([
      expect.objectContaining({ id: live.id, hero: false, inline: false, pending: true }),
    ]);
    const refused = await deleteMedia(database.client, { mediaId: photo.id }, { actor: editor, ip });
    expect(refused.ok).toBe(false);
  });

  it.skipIf(runsOnPostgres)("finds the stories through indexes, never by reading every story", async () => {
    const photo = await image();
    await story({ headline: "Inline story", body: body(inlineImage(photo.id)) });
    const recorder = recordingClient(database.file);
    try {
      const queries = await recorder.record((client) => mediaUsage(client, photo.id));
      const scans = queries.flatMap((query) =>
        query.plan.filter((row) => /^SCAN (Article|ArticleBodyImage)\b/.test(row.detail)),
      );
      expect(scans).toEqual([]);
      expect(queries.flatMap((query) => query.plan.map((row) => row.detail)).join("\n")).toMatch(
        /ArticleBodyImage USING (COVERING )?INDEX ArticleBodyImage_mediaId_idx/,
      );
    } finally {
      await recorder.client.$disconnect();
    }
  });
});

describe("deleting an image", () => {
  const filesOf = (fileName: string) => readdirSync(mediaDir).filter((name) => name.startsWith(fileName.slice(0, 20)));

  it("is refused while a story, a byline or the site's logo uses it, keeping row and files", async () => {
    const uses = {
      hero: async (id: string) => story({ headline: "Hero", heroMediaId: id }),
      inline: async (id: string) => story({ headline: "Inline", body: body(inlineImage(id)) }),
      byline: async (id: string) =>
        database.client.author.create({ data: { name: `Byline ${id}`, slug: id, photoMediaId: id } }),
      logo: async (id: string) =>
        database.client.siteSettings.upsert({
          where: { id: "site" },
          create: { name: "The Daily Walk", logoMediaId: id },
          update: { logoMediaId: id },
        }),
    };
    for (const [use, place] of Object.entries(uses)) {
      const photo = await image();
      await place(photo.id);
      const result = await deleteMedia(database.client, { mediaId: photo.id }, { actor: editor, ip });
      expect(result, use).toEqual({ ok: false, message: expect.stringContaining("cannot be deleted") });
      expect(await database.client.media.count({ where: { id: photo.id } }), use).toBe(1);
      expect(existsSync(path.join(mediaDir, photo.fileName)), use).toBe(true);
    }
    expect(await database.client.auditEvent.count({ where: { action: "media.delete" } })).toBe(0);
  });

  it("deletes an unused image, its files and variants, and audits it", async () => {
    const photo = await image({ originalName: "spare.png" });
    await story({ headline: "Elsewhere" });
    expect(filesOf(photo.fileName).length).toBeGreaterThan(0);

    const result = await deleteMedia(database.client, { mediaId: photo.id }, { actor: writer, ip });

    expect(result).toEqual({ ok: true, message: "spare.png is deleted.", mediaId: photo.id });
    expect(await database.client.media.count()).toBe(0);
    expect(filesOf(photo.fileName)).toEqual([]);
    const event = await database.client.auditEvent.findFirstOrThrow({ where: { action: "media.delete" } });
    expect(event).toMatchObject({ actorId: writer.id, targetType: "media", targetId: photo.id });
    expect(JSON.parse(event.details)).toMatchObject({ name: "spare.png" });
  });

  it("refuses a writer another's image, and answers a missing one", async () => {
    const photo = await image({ by: colleague });
    expect(await deleteMedia(database.client, { mediaId: photo.id }, { actor: writer, ip })).toEqual({
      ok: false,
      message: expect.stringContaining("Only editors"),
    });
    expect(await database.client.media.count()).toBe(1);
    expect((await deleteMedia(database.client, { mediaId: "gone" }, { actor: editor, ip })).ok).toBe(false);
  });
});
