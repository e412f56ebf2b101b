import { XMLParser, XMLValidator } from "fast-xml-parser";
import { z } from "zod";
import { slugFromHeadline } from "@/lib/articles/slug";
import { readExportDate } from "./dates";
import { htmlToText } from "./html-to-body";
import { pathBelow } from "./media-path";
import { siteOf } from "./provenance";
import type { ReadResult, SkippedPost, SourceAuthor, SourceImage, SourcePost, SourceStatus } from "./source";

/**
 * Reads a WordPress export (Tools → Export, WXR 1.x: RSS with the wp:
 * namespace) into posts. Attachments are not posts: they are the featured
 * images posts point at with `_thumbnail_id`. Each item is read on its own:
 * one that cannot be read is skipped with the reason, the others go on.
 */

/** Element text: fast-xml-parser gives an object when the element also has attributes. */
const xmlText = z
  .union([z.string(), z.number(), z.object({ "#text": z.union([z.string(), z.number()]).optional() })])
  .optional()
  .transform((value) => (typeof value === "object" ? String(value["#text"] ?? "") : String(value ?? "")));

const categorySchema = z.object({
  "#text": xmlText,
  "@_domain": xmlText,
  "@_nicename": xmlText,
});

const itemSchema = z.object({
  title: xmlText,
  pubDate: xmlText,
  "dc:creator": xmlText,
  "content:encoded": xmlText,
  "excerpt:encoded": xmlText,
  "wp:post_id": xmlText.pipe(z.string().min(1, "has no wp:post_id")),
  "wp:post_date": xmlText,
  "wp:post_date_gmt": xmlText,
  "wp:post_name": xmlText,
  "wp:status": xmlText,
  "wp:post_password": xmlText,
  "wp:post_type": xmlText,
  "wp:attachment_url": xmlText,
  category: z.array(z.union([categorySchema, z.string().transform((name) => ({ "#text": name }))])).default([]),
  "wp:postmeta": z.array(z.object({ "wp:meta_key": xmlText, "wp:meta_value": xmlText })).default([]),
});
type Item = z.infer<typeof itemSchema>;

const authorSchema = z.object({ "wp:author_login": xmlText, "wp:author_display_name": xmlText });

const fileSchema = z.object({
  rss: z.object({
    // WordPress.com writes the namespace with https.
    "@_xmlns:wp": z.string().regex(/^https?:\/\/wordpress\.org\/export\//),
    channel: z.object({
      link: xmlText,
      "wp:base_site_url": xmlText,
      "wp:base_blog_url": xmlText,
      "wp:author": z.array(authorSchema).default([]),
      item: z.array(z.unknown()).default([]),
    }),
  }),
});

const ALWAYS_ARRAYS = new Set(["item", "category", "wp:postmeta", "wp:author"]);

export function readWordPressExport(xml: string): ReadResult {
  const valid = XMLValidator.validate(xml);
  if (valid !== true)
    return { ok: false, message: `The file is not well-formed XML: ${valid.err.msg} (line ${valid.err.line}).` };
  const parser = new XMLParser({
    ignoreAttributes: false,
    // Slugs such as "2024" and ids stay text.
    parseTagValue: false,
    isArray: (name) => ALWAYS_ARRAYS.has(name),
  });
  const file = fileSchema.safeParse(parser.parse(xml));
  if (!file.success)
    return {
      ok: false,
      message: "The file is not a WordPress export (WXR): expected <rss> with the wp: namespace and a <channel>.",
    };
  const { channel } = file.data.rss;
  // The blog's own address: on a multisite the site address is the network's, which every blog in it shares,
  // and each blog numbers its posts from 1. The channel's link in a file without either.
  const site = siteOf(channel["wp:base_blog_url"] || channel["wp:base_site_url"] || channel.link);
  return {
    ok: true,
    source: { site, ...readItems(channel.item, channel.link || null, authorsByLogin(channel["wp:author"])) },
  };
}

function authorsByLogin(rows: z.infer<typeof authorSchema>[]): Map<string, SourceAuthor> {
  return new Map(
    rows.map((row) => {
      const login = row["wp:author_login"];
      return [login, { slug: slugFromHeadline(login), name: row["wp:author_display_name"] || login, bio: "" }];
    }),
  );
}

function readItems(rawItems: unknown[], baseUrl: string | null, authors: Map<string, SourceAuthor>) {
  const items: Item[] = [];
  const skipped: SkippedPost[] = [];
  for (const [index, raw] of rawItems.entries()) {
    const item = itemSchema.safeParse(raw);
    if (item.success) items.push(item.data);
    else
      skipped.push({
        sourceId: `item ${index + 1}`,
        title: "",
        reason: `not readable as a WordPress item: ${item.error.issues[0]?.message ?? "unknown"}`,
      });
  }
  const attachments = new Map(
    items.filter((item) => item["wp:post_type"] === "attachment").map((item) => [item["wp:post_id"], item]),
  );
  const offsets = new SiteOffsets(items);
  const posts: SourcePost[] = [];
  for (const item of items) {
    if (item["wp:post_type"] === "attachment") continue;
    const result = toSourcePost(item, { baseUrl, authors, attachments, offsets });
    if ("reason" in result) skipped.push(result);
    else posts.push(result);
  }
  return { posts, skipped };
}

type Lookups = {
  baseUrl: string | null;
  authors: Map<string, SourceAuthor>;
  attachments: Map<string, Item>;
  offsets: SiteOffsets;
};

/**
 * WordPress writes each date twice, in the site's own time (post_date) and in
 * UTC (post_date_gmt), but leaves the UTC one "0000-00-00 00:00:00" on a post
 * never published. The site's offset from UTC is then that of the item
 * nearest in time that has both: the nearest, as summer time changes it.
 */
class SiteOffsets {
  /** Local time read as if UTC, and the offset at that time, in milliseconds; in order of time. */
  private readonly known: { local: number; offset: number }[];

  constructor(items: readonly Item[]) {
    this.known = items
      .flatMap((item) => {
        const local = readExportDate(item["wp:post_date"]);
        const utc = readExportDate(item["wp:post_date_gmt"]);
        return local && utc ? [{ local: local.getTime(), offset: local.getTime() - utc.getTime() }] : [];
      })
      .sort((a, b) => a.local - b.local);
  }

  /** The instant a local time names, and the offset used; null when no item says what the offset is. */
  toUtc(local: Date): { instant: Date; offset: number } | null {
    const time = local.getTime();
    // The first item at or after the time, and the one before it: the nearer of the two.
    let low = 0;
    let high = this.known.length;
    while (low < high) {
      const middle = (low + high) >> 1;
      if ((this.known[middle]?.local ?? 0) < time) low = middle + 1;
      else high = middle;
    }
    const [before, after] = [this.known[low - 1], this.known[low]];
    const nearest = before && (!after || time - before.local <= after.local - time) ? before : after;
    return nearest ? { instant: new Date(time - nearest.offset), offset: nearest.offset } : null;
  }
}

// Maps, not objects: a status named "constructor" must find nothing.
const STATUSES = new Map<string, SourceStatus>([
  ["publish", "published"],
  ["future", "scheduled"],
  ["draft", "draft"],
  ["pending", "review"],
  ["private", "draft"],
]);
const SKIPPED_STATUSES = new Map([
  ["trash", "in WordPress's trash"],
  ["auto-draft", "an automatic draft WordPress made, never saved"],
  ["inherit", "a revision of another post"],
]);

function toSourcePost(item: Item, lookups: Lookups): SourcePost | SkippedPost {
  const sourceId = item["wp:post_id"];
  const type = item["wp:post_type"] || "post";
  const wpStatus = item["wp:status"];
  const skip = (reason: string): SkippedPost => ({ sourceId, title: item.title, reason });
  if (type === "page") return skip("a page, not a post");
  if (type !== "post") return skip(`a ${type}, not a post`);
  const skipped = SKIPPED_STATUSES.get(wpStatus);
  if (skipped) return skip(skipped);
  const listed = STATUSES.get(wpStatus);
  if (!listed) return skip(`its status "${wpStatus}" is not one Byline knows`);

  const notes: string[] = [];
  if (wpStatus === "private") notes.push("private in WordPress: imported as a draft, which readers do not see");
  // Byline has no passwords on stories: one behind a password would be open to everyone, so it waits as a draft.
  const guarded = item["wp:post_password"] !== "" && listed !== "draft";
  if (guarded)
    notes.push(
      "password-protected in WordPress: imported as a draft, as every Byline story is open to all; publish it if it may be",
    );
  const status = guarded ? "draft" : listed;
  const meta = new Map(item["wp:postmeta"].map((row) => [row["wp:meta_key"], row["wp:meta_value"]]));
  const { section, tags } = taxonomy(item, notes);
  const author = lookups.authors.get(item["dc:creator"]);
  if (!author && item["dc:creator"])
    notes.push(`author "${item["dc:creator"]}" is not among the file's authors: left out`);
  const publishedAt = readExportDate(item["wp:post_date_gmt"]) ?? readExportDate(item.pubDate);
  // Used only when a published post has no publication date (publication.ts): only then is it worth a note.
  const dateNotes = status === "published" && !publishedAt ? notes : [];
  return {
    sourceId,
    title: item.title,
    slug: item["wp:post_name"],
    status,
    publishedAt,
    createdAt: localDate(item["wp:post_date"], lookups.offsets, dateNotes),
    dek: htmlToText(item["excerpt:encoded"]),
    content: { format: "wordpress", html: item["content:encoded"], baseUrl: lookups.baseUrl },
    section,
    tags,
    authors: author ? [author] : [],
    hero: featuredImage(meta.get("_thumbnail_id"), lookups.attachments, notes),
    sourceUrl: null,
    seoTitle: "",
    seoDescription: meta.get("_yoast_wpseo_metadesc") ?? "",
    notes,
  };
}

/** post_date, in the site's time: the instant it names, with the offset the file shows for the site. */
function localDate(value: string, offsets: SiteOffsets, notes: string[]): Date | null {
  const local = readExportDate(value);
  if (!local) return null;
  const read = offsets.toUtc(local);
  if (read) {
    if (read.offset !== 0)
      notes.push(`its date has no UTC time in the file: read as UTC${utcOffset(read.offset)}, the site's offset then`);
    return read.instant;
  }
  notes.push("its date has no UTC time in the file, nor has any other item's to show the site's offset: read as UTC");
  return local;
}

/** "+02:00", "-03:30". */
function utcOffset(milliseconds: number): string {
  const minutes = Math.round(Math.abs(milliseconds) / 60_000);
  const pad = (value: number) => String(value).padStart(2, "0");
  return `${milliseconds < 0 ? "-" : "+"}${pad(Math.floor(minutes / 60))}:${pad(minutes % 60)}`;
}

/**
 * The first category is the section; a story has one, so further categories
 * become tags. "Uncategorized", WordPress's default, is no section at all.
 */
function taxonomy(item: Item, notes: string[]): { section: string | null; tags: string[] } {
  const categories: string[] = [];
  const tags: string[] = [];
  for (const term of item.category) {
    const name = term["#text"].trim();
    const domain = "@_domain" in term ? term["@_domain"] : "category";
    const nicename = "@_nicename" in term ? term["@_nicename"] : "";
    if (!name) continue;
    if (domain === "category" && nicename !== "uncategorized") categories.push(name);
    else if (domain === "post_tag") tags.push(name);
    else if (domain !== "category" && domain !== "post_format") notes.push(`${domain} "${name}" left out`);
  }
  const [section = null, ...otherCategories] = categories;
  for (const name of otherCategories) notes.push(`category "${name}" kept as a tag: a story has one section`);
  return { section, tags: [...otherCategories, ...tags] };
}

const UPLOADS_FOLDER = "/wp-content/uploads/";

function featuredImage(
  thumbnailId: string | undefined,
  attachments: Map<string, Item>,
  notes: string[],
): SourceImage | null {
  if (!thumbnailId) return null;
  const attachment = attachments.get(thumbnailId);
  if (!attachment) {
    notes.push(`featured image (attachment ${thumbnailId}) is not in the file`);
    return null;
  }
  const meta = new Map(attachment["wp:postmeta"].map((row) => [row["wp:meta_key"], row["wp:meta_value"]]));
  const url = attachment["wp:attachment_url"];
  return {
    url,
    // WordPress records the file's place below its uploads folder; older exports only have the address.
    path: meta.get("_wp_attached_file") || pathBelow(url, UPLOADS_FOLDER),
    alt: meta.get("_wp_attachment_image_alt") ?? "",
    caption: htmlToText(attachment["excerpt:encoded"]),
  };
}
