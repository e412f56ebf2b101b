import { readFileSync } from "node:fs";
import { mkdir, mkdtemp, rm, writeFile } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import sharp from "sharp";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import type { SessionUser } from "@/lib/auth/session-user";
import { toPlainText } from "@/lib/content/plain-text";
import { parseBody } from "@/lib/content/schema";
import { createTestDatabase, type TestDatabase } from "@/lib/testing/database";
import { dispatchDueEvents } from "@/lib/webhooks/dispatch";
import { readGhostExport } from "./ghost";
import type { ImportReport } from "./report";
import { type ImportOptions, runImport } from "./run";
import type { SourceExport, SourcePost } from "./source";
import { readWordPressExport } from "./wordpress";

const NOW = new Date("2026-05-01T12:00:00Z");
const fixture = (name: string) => readFileSync(new URL(`./fixtures/${name}`, import.meta.url), "utf8");

function ghostSource(json = fixture("ghost-export.json")): SourceExport {
  const result = readGhostExport(json);
  if (!result.ok) throw new Error(result.message);
  return result.source;
}

function wordpressSource(): SourceExport {
  const result = readWordPressExport(fixture("wordpress-export.xml"));
  if (!result.ok) throw new Error(result.message);
  return result.source;
}

let database: TestDatabase;
let editor: SessionUser;
beforeEach(async () => {
  database = createTestDatabase();
  const row = await database.client.user.create({
    data: { email: "editor@example.com", name: "Edie", role: "EDITOR", status: "ACTIVE" },
  });
  editor = { id: row.id, email: row.email, name: row.name, role: row.role };
});
afterEach(() => database.dispose());

function run(source: SourceExport, options: Partial<ImportOptions> = {}): Promise<ImportReport> {
  return runImport(database.client, editor, source, {
    origin: { platform: "ghost", file: "export.json" },
    now: NOW,
    ...options,
  });
}

const kinds = (report: ImportReport) =>
  Object.fromEntries(
    ["imported", "updated", "skipped", "failed"].map((kind) => [
      kind,
      report.outcomes.filter((outcome) => outcome.kind === kind).length,
    ]),
  );

/** Every table an import writes to. */
async function rowCounts() {
  const { client } = database;
  return {
    articles: await client.article.count(),
    authors: await client.author.count(),
    sections: await client.section.count(),
    tags: await client.tag.count(),
    media: await client.media.count(),
    revisions: await client.revision.count(),
    audit: await client.auditEvent.count(),
  };
}

const story = (slug: string) =>
  database.client.article.findUniqueOrThrow({
    where: { slug },
    include: {
      section: true,
      authors: { orderBy: { position: "asc" }, include: { author: true } },
      tags: { orderBy: { position: "asc" }, include: { tag: true } },
    },
  });

const notesOf = (report: ImportReport, sourceId: string) =>
  report.notes.find((entry) => entry.sourceId === sourceId)?.notes ?? [];

describe("importing a Ghost export", () => {
  it("imports each post through the editor's save, keeping slugs, dates and statuses", async () => {
    const report = await run(ghostSource());
    expect(kinds(report)).toEqual({ imported: 7, updated: 0, skipped: 3, failed: 0 });

    const harbour = await story("harbour-reopens-after-the-storm");
    expect(harbour).toMatchObject({
      status: "PUBLISHED",
      publishedAt: new Date("2025-03-03T09:30:00Z"),
      dek: "Three days of gales closed the quay.",
      sourceUrl: "https://www.eastwick-post.example.org/harbour",
      sourceName: "eastwick-post.example.org",
      createdById: editor.id,
    });
    expect(harbour.section?.name).toBe("Eastwick");
    expect(harbour.tags.map((link) => link.tag.name)).toEqual(["Weather"]);
    expect(harbour.authors.map((link) => [link.author.name, link.author.kind, link.author.userId])).toEqual([
      ["Mira Holt", "STAFF", null],
      ["Tom Reyes", "STAFF", null],
    ]);
    expect(parseBody(JSON.parse(harbour.body)).ok).toBe(true);

    expect(await story("gull-island-second-ferry")).toMatchObject({ status: "DRAFT", publishedAt: null });
    expect(await story("library-hours")).toMatchObject({
      status: "PUBLISHED",
      publishedAt: new Date("2025-02-10T12:00:00Z"),
    });
    expect(await story("bridge-works")).toMatchObject({
      status: "SCHEDULED",
      publishedAt: new Date("2099-04-01T07:00:00Z"),
    });
    expect(await story("cafe-opens")).toMatchObject({ headline: "Café opens on the pier" });
  });

  it("records a revision and an audit event per story, as the editor's save does", async () => {
    await run(ghostSource());
    const { client } = database;
    expect(await client.revision.count()).toBe(7);
    const events = await client.auditEvent.findMany({ where: { action: "article.import" } });
    expect(events).toHaveLength(7);
    expect(JSON.parse(events[0]?.details ?? "{}")).toMatchObject({ platform: "ghost", origin: "export.json" });
    // Publishing and scheduling are audited by the save itself, as in the newsroom.
    expect(await client.auditEvent.count({ where: { action: "article.publish" } })).toBe(5);
    expect(await client.auditEvent.count({ where: { action: "article.schedule" } })).toBe(1);
  });

  it("converts Lexical content, and reports per story what it could not keep", async () => {
    const report = await run(ghostSource());
    const ferry = await story("gull-island-second-ferry");
    expect(ferry.bodyText).toContain("A morning crossing at 7:30");
    expect(ferry.bodyText).toContain("Residents welcomed the plan.");
    expect(notesOf(report, "g2")).toContain("toggle card left out");
    expect(notesOf(report, "g7")).toEqual([
      "<script> left out: scripts are not kept: <script>",
      "<table> kept as text, one paragraph per row: For7Against5",
      "link kept as plain text: only http, https and mailto links are kept: javascript:alert(1)",
    ]);
    expect(notesOf(report, "g3")).toEqual([
      "published without a publication date: its creation date (2025-02-10T12:00:00Z) is used",
    ]);
    expect(notesOf(report, "g1")).toContain(
      "featured image not imported: give --media-dir with the old site's media folder: __GHOST_URL__/content/images/2025/03/harbour.png",
    );
  });

  it("gives a post whose slug an earlier one has a numbered slug, and says so", async () => {
    const report = await run(ghostSource());
    expect(await story("harbour-reopens-after-the-storm-2")).toMatchObject({
      headline: "Harbour reopens: a correction",
    });
    expect(notesOf(report, "g5")).toEqual([
      'slug "harbour-reopens-after-the-storm" is also the slug of post g1 in the file: imported as "harbour-reopens-after-the-storm-2"',
    ]);
  });

  it("tells webhooks of what it publishes, in each save's own transaction, and a dry run tells them nothing", async () => {
    const { client } = database;
    await client.webhook.create({
      data: { url: "https://hooks.example.com/", events: '["story.published","story.updated"]', secret: "sealed" },
    });
    await run(ghostSource(), { dryRun: true });
    expect(await client.webhookEvent.count()).toBe(0);

    await run(ghostSource());
    const events = await client.webhookEvent.findMany({ orderBy: { availableAt: "asc" } });
    expect(events.map((event) => event.type)).toEqual(Array(6).fill("story.published"));
    // The scheduled post's publication waits for its time; the others go to the endpoint now.
    expect(events.at(-1)?.availableAt).toEqual(new Date("2099-04-01T07:00:00Z"));
    expect(await dispatchDueEvents(client, NOW)).toBe(5);
    expect(await client.webhookDelivery.count()).toBe(5);
  });

  it("writes nothing at all in a dry run, and reports the same", async () => {
    const before = await rowCounts();
    const dry = await run(ghostSource(), { dryRun: true });
    expect(await rowCounts()).toEqual(before);
    expect(dry.dryRun).toBe(true);
    expect(dry.created).toEqual({ sections: ["Eastwick", "Transport"], authors: ["Mira Holt", "Tom Reyes"] });
    expect(dry.revalidate).toEqual({ articleIds: [], taxonomy: false });

    const real = await run(ghostSource());
    expect(kinds(dry)).toEqual(kinds(real));
    expect(dry.notes).toEqual(real.notes);
  });

  it("skips what exists on a second run, and updates it with --update", async () => {
    await run(ghostSource());
    const afterFirst = await rowCounts();

    const again = await run(ghostSource());
    expect(kinds(again)).toEqual({ imported: 0, updated: 0, skipped: 10, failed: 0 });
    expect(
      again.outcomes.filter((outcome) => "reason" in outcome && outcome.reason.startsWith("already on Byline")),
    ).toHaveLength(7);
    expect(await rowCounts()).toEqual(afterFirst);

    const edited = fixture("ghost-export.json").replace("Harbour reopens after the storm", "Harbour reopens at last");
    const update = await run(ghostSource(edited), { update: true });
    expect(kinds(update)).toEqual({ imported: 0, updated: 7, skipped: 3, failed: 0 });
    expect(await story("harbour-reopens-after-the-storm")).toMatchObject({
      headline: "Harbour reopens at last",
      status: "PUBLISHED",
      version: 2,
    });
    // Sections and bylines the first run made are found again, not made twice.
    expect(await database.client.author.count()).toBe(afterFirst.authors);
    expect(await database.client.section.count()).toBe(afterFirst.sections);
    expect(await database.client.auditEvent.count({ where: { action: "article.import_update" } })).toBe(7);
  });

  it("never takes a live story back to draft on --update", async () => {
    await run(ghostSource());
    const drafted = ghostSource();
    for (const post of drafted.posts) if (post.sourceId === "g3") post.status = "draft";
    const update = await run(drafted, { update: true });
    expect(await story("library-hours")).toMatchObject({ status: "PUBLISHED" });
    expect(notesOf(update, "g3")).toContain("published on Byline: the update keeps it so, though the file says draft");
  });

  it("goes on past posts that fail, reporting each", async () => {
    const good = ghostSource().posts[2] as SourcePost;
    const post = (sourceId: string, slug: string, content: SourcePost["content"]): SourcePost => ({
      ...good,
      sourceId,
      slug,
      title: `Post ${sourceId}`,
      content,
    });
    const deep = `${'{"type":"paragraph","children":['.repeat(100_000)}${"]}".repeat(100_000)}`;
    const report = await run({
      posts: [
        post("1", "first", { format: "html", html: "<p>Fine.</p>" }),
        post("2", "not-lexical", { format: "lexical", json: "{nope" }),
        post("3", "too-long", { format: "html", html: "<p>word</p>".repeat(25_000) }),
        post("4", "too-deep", { format: "lexical", json: `{"root":{"children":[${deep}]}}` }),
        // Not a format the file readers produce: stands for a post that breaks the importer itself.
        post("5", "unreadable", { format: "pdf" } as unknown as SourcePost["content"]),
        post("6", "last", { format: "html", html: "<p>Also fine.</p>" }),
      ],
      skipped: [],
      site: "",
    });
    expect(report.outcomes.map((outcome) => [outcome.sourceId, outcome.kind])).toEqual([
      ["1", "imported"],
      ["2", "failed"],
      ["3", "failed"],
      ["4", "failed"],
      ["5", "failed"],
      ["6", "imported"],
    ]);
    expect(report.outcomes[1]).toMatchObject({ reason: "its Lexical content is not JSON" });
    expect(report.outcomes[2]).toMatchObject({ reason: expect.stringContaining("body: Body is too large") });
    expect(report.outcomes[3]).toMatchObject({ reason: "its Lexical content is nested too deeply to read" });
    expect(report.outcomes[4]).toMatchObject({ reason: expect.stringMatching(/^the importer failed on it: /) });
    expect(await database.client.article.count()).toBe(2);
  });

  it("refuses a post without a title, and one whose slug is another story's old address", async () => {
    const { client } = database;
    const other = await client.article.create({ data: { slug: "new-home", headline: "Moved", body: "{}" } });
    await client.slugRedirect.create({ data: { slug: "old-home", articleId: other.id } });
    const base = ghostSource().posts[2] as SourcePost;
    const report = await run({
      posts: [
        { ...base, sourceId: "a", title: "  " },
        { ...base, sourceId: "b", slug: "old-home" },
      ],
      skipped: [],
      site: "",
    });
    expect(report.outcomes).toMatchObject([
      { kind: "skipped", reason: "it has no title" },
      { kind: "skipped", reason: "its slug is a former address of another Byline story" },
    ]);
  });
});

describe("provenance: which story a post may update", () => {
  const source = (sourceId: string) => `ghost::${sourceId}`;

  it("records on each story the post it came from, in the save's transaction", async () => {
    await run(ghostSource());
    expect(await story("harbour-reopens-after-the-storm")).toMatchObject({ importSource: source("g1") });
    expect(await story("harbour-reopens-after-the-storm-2")).toMatchObject({ importSource: source("g5") });
    const event = await database.client.auditEvent.findFirstOrThrow({ where: { action: "article.import" } });
    expect(JSON.parse(event.details)).toMatchObject({ importSource: expect.stringMatching(/^ghost::g\d$/) });
  });

  it("never updates a newsroom story that has a post's slug, nor another import's, even with --update", async () => {
    const { client } = database;
    const newsroom = await client.article.create({
      data: { slug: "library-hours", headline: "Our own library story", body: "{}" },
    });
    const other = await client.article.create({
      data: {
        slug: "bridge-works",
        headline: "From the old blog",
        body: "{}",
        importSource: "wordpress:old.example:7",
      },
    });
    for (const update of [false, true]) {
      const report = await run(ghostSource(), { update });
      expect(report.outcomes.find((outcome) => outcome.sourceId === "g3")).toMatchObject({
        kind: "skipped",
        reason: expect.stringMatching(/^its slug belongs to a Byline story not imported from it \(written in Byline/),
      });
      expect(report.outcomes.find((outcome) => outcome.sourceId === "g4")).toMatchObject({
        kind: "skipped",
        reason: expect.stringMatching(/^its slug belongs to a Byline story imported from another post or site/),
      });
    }
    expect(await client.article.findUniqueOrThrow({ where: { id: newsroom.id } })).toMatchObject({
      headline: "Our own library story",
      version: 1,
      importSource: null,
    });
    expect(await client.article.findUniqueOrThrow({ where: { id: other.id } })).toMatchObject({
      headline: "From the old blog",
      version: 1,
    });
  });

  it("finds its story again after the newsroom renamed it, and keeps the new slug", async () => {
    await run(ghostSource());
    const { client } = database;
    await client.article.update({ where: { slug: "library-hours" }, data: { slug: "library-opening-hours" } });
    const articles = await client.article.count();

    const again = await run(ghostSource());
    expect(again.outcomes.find((outcome) => outcome.sourceId === "g3")).toMatchObject({
      kind: "skipped",
      reason: "already on Byline (run again with --update to update it)",
    });
    const update = await run(ghostSource(), { update: true });
    expect(update.outcomes.find((outcome) => outcome.sourceId === "g3")).toMatchObject({
      kind: "updated",
      slug: "library-opening-hours",
    });
    expect(notesOf(update, "g3")).toContain('renamed on Byline to "library-opening-hours": the update keeps that slug');
    expect(await client.article.count()).toBe(articles);
    expect(await story("library-opening-hours")).toMatchObject({ importSource: source("g3"), version: 2 });
  });

  it("numbers a duplicate's slug past those Byline stories from elsewhere hold, the same on a re-run", async () => {
    const { client } = database;
    await client.article.create({
      data: { slug: "harbour-reopens-after-the-storm-2", headline: "Newsroom's own", body: "{}" },
    });
    const report = await run(ghostSource());
    expect(notesOf(report, "g5")).toEqual([
      'slug "harbour-reopens-after-the-storm" is also the slug of post g1 in the file: imported as "harbour-reopens-after-the-storm-3"',
    ]);
    expect(await story("harbour-reopens-after-the-storm-3")).toMatchObject({
      headline: "Harbour reopens: a correction",
      importSource: source("g5"),
    });

    const update = await run(ghostSource(), { update: true });
    expect(update.outcomes.find((outcome) => outcome.sourceId === "g5")).toMatchObject({
      kind: "updated",
      slug: "harbour-reopens-after-the-storm-3",
    });
    expect(await story("harbour-reopens-after-the-storm-2")).toMatchObject({ headline: "Newsroom's own", version: 1 });
  });

  it("tells two WordPress sites apart, whose post ids both count from 1", async () => {
    const wordpress = (options: Partial<ImportOptions> = {}) =>
      run(wordpressSource(), { origin: { platform: "wordpress", file: "export.xml" }, ...options });
    await wordpress();
    expect(await story("river-mill-museum")).toMatchObject({ importSource: "wordpress:courier.example.com:101" });
    const otherSite = wordpressSource();
    otherSite.site = "gazette.example.net";
    const report = await run(otherSite, { origin: { platform: "wordpress", file: "other.xml" }, update: true });
    expect(report.outcomes.find((outcome) => outcome.sourceId === "101")).toMatchObject({
      kind: "skipped",
      reason: expect.stringMatching(/^its slug belongs to a Byline story imported from another post or site/),
    });
  });
});

describe("what a post that fails leaves behind", () => {
  let mediaDir: string;
  beforeEach(async () => {
    mediaDir = await mkdtemp(path.join(os.tmpdir(), "byline-import-media-"));
    const png = await sharp({ create: { width: 40, height: 30, channels: 3, background: "#226688" } })
      .png()
      .toBuffer();
    await writeFile(path.join(mediaDir, "front.png"), png);
  });
  afterEach(() => rm(mediaDir, { recursive: true, force: true }));

  /** A post that needs a new section and byline and brings a featured image. */
  const newcomer = (sourceId: string, content: SourcePost["content"], status: SourcePost["status"] = "published") => ({
    ...(ghostSource().posts[0] as SourcePost),
    sourceId,
    slug: `post-${sourceId}`,
    title: `Post ${sourceId}`,
    status,
    content,
    section: "Brand New Section",
    authors: [{ slug: "nina-new", name: "Nina New", bio: "" }],
    hero: { url: "https://old.example/front.png", path: "front.png", alt: "The front", caption: "" },
  });

  it("makes no section, byline or image for a post Byline refuses, and reports none as added", async () => {
    const before = await rowCounts();
    const report = await run(
      { site: "", skipped: [], posts: [newcomer("1", { format: "html", html: "<p>word</p>".repeat(25_000) })] },
      { mediaDir },
    );
    expect(report.outcomes).toMatchObject([{ kind: "failed", reason: expect.stringContaining("Body is too large") }]);
    expect(await rowCounts()).toEqual(before);
    expect(report.created).toEqual({ sections: [], authors: [] });
  });

  it("makes them, audited, for a post that saves, and reuses them for the next", async () => {
    const fine = { format: "html", html: "<p>Fine.</p>" } as const;
    const report = await run(
      { site: "", skipped: [], posts: [newcomer("1", fine), newcomer("2", fine)] },
      { mediaDir },
    );
    expect(kinds(report)).toEqual({ imported: 2, updated: 0, skipped: 0, failed: 0 });
    expect(report.created).toEqual({ sections: ["Brand New Section"], authors: ["Nina New"] });
    const { client } = database;
    expect(await client.media.count()).toBe(2);
    const created = await client.auditEvent.findMany({
      where: { action: { in: ["section.create", "author.create"] } },
      orderBy: { createdAt: "asc" },
    });
    expect(created.map((event) => [event.action, event.actorId, JSON.parse(event.details).name])).toEqual([
      ["section.create", editor.id, "Brand New Section"],
      ["author.create", editor.id, "Nina New"],
    ]);
  });

  it("refuses a post that needs a new section or byline when the account may not add them, making nothing", async () => {
    const { client } = database;
    const row = await client.user.create({
      data: { email: "writer@example.com", name: "Wren", role: "WRITER", status: "ACTIVE" },
    });
    const writer: SessionUser = { id: row.id, email: row.email, name: row.name, role: row.role };
    const before = await rowCounts();
    const report = await runImport(
      client,
      writer,
      { site: "", skipped: [], posts: [newcomer("1", { format: "html", html: "<p>Fine.</p>" }, "draft")] },
      { origin: { platform: "ghost", file: "export.json" }, now: NOW, mediaDir },
    );
    expect(report.outcomes).toMatchObject([
      {
        kind: "failed",
        reason:
          "it needs a section or byline Byline does not have, and writer@example.com may not add them (an editor may)",
      },
    ]);
    expect(await rowCounts()).toEqual(before);
  });
});

describe("publication times", () => {
  const dated = (sourceId: string, publishedAt: string): SourcePost => ({
    ...(ghostSource().posts[0] as SourcePost),
    sourceId,
    slug: `dated-${sourceId}`,
    title: `Dated ${sourceId}`,
    status: "published",
    publishedAt: new Date(publishedAt),
  });

  it("keeps each post's own instant, in the hour clocks go back and to the millisecond", async () => {
    const { client } = database;
    await client.siteSettings.create({ data: { name: "The Courier", timeZone: "Europe/London" } });
    // 01:30 in London twice that night: first in summer time (00:30 UTC), then in winter time (01:30 UTC).
    const instants = ["2025-10-26T00:30:00.000Z", "2025-10-26T01:30:00.000Z", "2025-03-03T09:30:00.250Z"];
    const report = await run({
      site: "",
      skipped: [],
      posts: instants.map((instant, index) => dated(String(index + 1), instant)),
    });
    expect(kinds(report)).toMatchObject({ imported: 3 });
    for (const [index, instant] of instants.entries())
      expect(await story(`dated-${index + 1}`)).toMatchObject({
        status: "PUBLISHED",
        publishedAt: new Date(instant),
        firstPublishedAt: new Date(instant),
      });

    // An update keeps the instant too.
    await run(
      { site: "", skipped: [], posts: instants.map((instant, index) => dated(String(index + 1), instant)) },
      {
        update: true,
      },
    );
    for (const [index, instant] of instants.entries())
      expect(await story(`dated-${index + 1}`)).toMatchObject({ publishedAt: new Date(instant), version: 2 });
  });
});

describe("importing a WordPress export", () => {
  let mediaDir: string;
  beforeEach(async () => {
    mediaDir = await mkdtemp(path.join(os.tmpdir(), "byline-wp-media-"));
    await mkdir(path.join(mediaDir, "2024", "03"), { recursive: true });
    const png = await sharp({ create: { width: 40, height: 30, channels: 3, background: "#884422" } })
      .png()
      .toBuffer();
    await writeFile(path.join(mediaDir, "2024", "03", "mill-front.png"), png);
  });
  afterEach(() => rm(mediaDir, { recursive: true, force: true }));

  const wordpress = (options: Partial<ImportOptions> = {}) =>
    run(wordpressSource(), { origin: { platform: "wordpress", file: "export.xml" }, ...options });

  it("imports posts with categories as sections, tags, authors and statuses", async () => {
    const report = await wordpress();
    expect(kinds(report)).toEqual({ imported: 6, updated: 0, skipped: 3, failed: 0 });
    const mill = await story("river-mill-museum");
    expect(mill).toMatchObject({ status: "PUBLISHED", publishedAt: new Date("2024-03-16T10:15:00Z") });
    expect(mill.section?.name).toBe("Local");
    expect(mill.tags.map((link) => link.tag.name)).toEqual(["River", "Museums"]);
    expect(mill.authors.map((link) => link.author.name)).toEqual(["Ada Lindqvist"]);
    expect(toPlainText(parseBodyOrThrow(mill.body))).toContain("Tickets cost £4, or [sic] nothing for children.");

    expect(await story("council-to-vote-on-the-bus-lane")).toMatchObject({ status: "DRAFT", publishedAt: null });
    expect(await story("flood-defences-report")).toMatchObject({ status: "IN_REVIEW", submittedById: editor.id });
    expect(await story("summer-fair-dates")).toMatchObject({ status: "SCHEDULED" });
    expect(await story("river-mill-museum-2")).toMatchObject({ headline: "River Mill: opening weekend in pictures" });
    expect(await story("editors-diary")).toMatchObject({ status: "DRAFT" });
    expect(notesOf(report, "101")).toEqual(
      expect.arrayContaining(['[donate_button] shortcode is not known: left out: [donate_button amount="5"]']),
    );
  });

  it("takes the featured image from --media-dir into the media library, once", async () => {
    await wordpress({ mediaDir });
    const mill = await database.client.article.findUniqueOrThrow({
      where: { slug: "river-mill-museum" },
      include: { heroMedia: true },
    });
    expect(mill).toMatchObject({
      heroAlt: "The mill's brick front with new windows",
      heroCaption: "The mill seen from the bridge",
    });
    expect(mill.heroMedia).toMatchObject({ width: 40, height: 30, mime: "image/webp", uploadedById: editor.id });

    await wordpress({ mediaDir, update: true });
    expect(await database.client.media.count()).toBe(1);
  });

  it("notes a featured image missing from --media-dir, and still imports the story", async () => {
    await rm(path.join(mediaDir, "2024"), { recursive: true });
    const report = await wordpress({ mediaDir });
    expect(await story("river-mill-museum")).toMatchObject({ heroMediaId: null });
    expect(notesOf(report, "101")).toContain("featured image 2024/03/mill-front.png is not in --media-dir: left out");
  });

  it("checks the image in a dry run without storing it", async () => {
    const report = await wordpress({ mediaDir, dryRun: true });
    expect(await database.client.media.count()).toBe(0);
    expect(kinds(report)).toEqual({ imported: 6, updated: 0, skipped: 3, failed: 0 });
    expect(notesOf(report, "101").some((note) => note.startsWith("featured image"))).toBe(false);
  });
});

function parseBodyOrThrow(json: string) {
  const parsed = parseBody(JSON.parse(json));
  if (!parsed.ok) throw new Error(parsed.message);
  return parsed.doc;
}
