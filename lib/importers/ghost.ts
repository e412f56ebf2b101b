import { z } from "zod";
import { readExportDate } from "./dates";
import { htmlToText } from "./html-to-body";
import { pathBelow } from "./media-path";
import type { ReadResult, SkippedPost, SourceAuthor, SourceContent, SourcePost, SourceStatus } from "./source";

/**
 * Reads a Ghost export (Settings → Labs → Export: `{ db: [{ meta, data }] }`)
 * into posts. Each post is read on its own: one that cannot be read is
 * skipped with the reason, and the others go on. Pages, and posts only ever
 * sent as a newsletter, are skipped too.
 */

const id = z.union([z.string(), z.number()]).transform(String);
const text = z
  .string()
  .nullish()
  .transform((value) => value ?? "");
const optionalText = z
  .string()
  .nullish()
  .transform((value) => value || null);
const date = z.union([z.string(), z.number()]).nullish().transform(readExportDate);

const postSchema = z.object({
  id,
  title: text,
  slug: text,
  html: optionalText,
  lexical: optionalText,
  mobiledoc: optionalText,
  status: z.string(),
  /** Who may read it on Ghost: "public", or "members", "paid" or "tiers". */
  visibility: z.string().nullish(),
  type: z.string().nullish(),
  /** Ghost before 2.0 marked pages with a flag instead of a type. */
  page: z.union([z.boolean(), z.number()]).nullish(),
  published_at: date,
  created_at: date,
  custom_excerpt: text,
  feature_image: optionalText,
  canonical_url: optionalText,
  // Kept on the post before Ghost 3, in posts_meta since.
  feature_image_alt: text,
  feature_image_caption: text,
  meta_title: text,
  meta_description: text,
  author_id: id.nullish(),
});
type GhostPost = z.infer<typeof postSchema>;

const postMetaSchema = z.object({
  post_id: id,
  feature_image_alt: text,
  feature_image_caption: text,
  meta_title: text,
  meta_description: text,
});

const sortOrder = z.number().nullish();

const dataSchema = z.object({
  posts: z.array(z.unknown()),
  tags: z.array(z.object({ id, name: z.string(), slug: text, visibility: text })).default([]),
  users: z.array(z.object({ id, name: z.string(), slug: text, bio: text })).default([]),
  posts_tags: z.array(z.object({ post_id: id, tag_id: id, sort_order: sortOrder })).default([]),
  posts_authors: z.array(z.object({ post_id: id, author_id: id, sort_order: sortOrder })).default([]),
  posts_meta: z.array(postMetaSchema).default([]),
});
type GhostData = z.infer<typeof dataSchema>;

// Ghost writes { db: [{ meta, data }] }; some tools write the inner { meta, data } alone.
const exportSchema = z.union([
  z.object({ db: z.tuple([z.object({ data: dataSchema })], z.unknown()) }).transform((file) => file.db[0].data),
  z.object({ data: dataSchema }).transform((file) => file.data),
]);

export function readGhostExport(json: string): ReadResult {
  let parsed: unknown;
  try {
    parsed = JSON.parse(json);
  } catch (error) {
    return { ok: false, message: `The file is not JSON (${error instanceof Error ? error.message : "unreadable"}).` };
  }
  const file = exportSchema.safeParse(parsed);
  if (!file.success) {
    const issue = file.error.issues[0];
    const where = issue?.path.length ? ` (at ${issue.path.join(".")})` : "";
    return {
      ok: false,
      message: `The file is not a Ghost export: expected { "db": [{ "data": { "posts": [...] } }] }${where}.`,
    };
  }
  // Ghost's post ids are unique from site to site: the provenance needs no site (provenance.ts).
  return { ok: true, source: { site: "", ...readPosts(file.data) } };
}

function readPosts(data: GhostData) {
  const relations = new Relations(data);
  const posts: SourcePost[] = [];
  const skipped: SkippedPost[] = [];
  for (const [index, raw] of data.posts.entries()) {
    const post = postSchema.safeParse(raw);
    if (!post.success) {
      const issue = post.error.issues[0];
      skipped.push({
        sourceId: describeRaw(raw, index),
        title: titleOf(raw),
        reason: `not readable as a Ghost post: ${issue?.path.join(".") || "post"} ${issue?.message ?? ""}`.trim(),
      });
      continue;
    }
    const result = toSourcePost(post.data, relations);
    if ("reason" in result) skipped.push(result);
    else posts.push(result);
  }
  return { posts, skipped };
}

const STATUSES = new Map<string, SourceStatus>([
  ["published", "published"],
  ["draft", "draft"],
  ["scheduled", "scheduled"],
]);

function toSourcePost(post: GhostPost, relations: Relations): SourcePost | SkippedPost {
  const skip = (reason: string): SkippedPost => ({ sourceId: post.id, title: post.title, reason });
  if (post.type === "page" || post.page === true || post.page === 1) return skip("a page, not a post");
  if (post.status === "sent") return skip("sent as a newsletter only, never published on the site");
  const listed = STATUSES.get(post.status);
  if (!listed) return skip(`its status "${post.status}" is not one Byline knows`);
  const content = contentOf(post);
  if (!content) return skip("its content is Mobiledoc only (Ghost before 5): export it again from Ghost 5 or later");

  const meta = relations.meta.get(post.id);
  const { section, tags, notes } = relations.tagsOf(post.id);
  const authors = relations.authorsOf(post, notes);
  // Byline has no members: a story for members only would be open to everyone, so it waits as a draft.
  const membersOnly = Boolean(post.visibility) && post.visibility !== "public" && listed !== "draft";
  if (membersOnly)
    notes.push(
      `for ${post.visibility} readers only on Ghost: imported as a draft, as every Byline story is open to all; publish it if it may be`,
    );
  const status = membersOnly ? "draft" : listed;
  const caption = meta?.feature_image_caption || post.feature_image_caption;
  return {
    sourceId: post.id,
    title: post.title,
    slug: post.slug,
    status,
    publishedAt: post.published_at,
    createdAt: post.created_at,
    dek: post.custom_excerpt,
    content,
    section,
    tags,
    authors,
    hero: post.feature_image
      ? {
          url: post.feature_image,
          path: pathBelow(post.feature_image, IMAGES_FOLDER),
          alt: meta?.feature_image_alt || post.feature_image_alt,
          caption: caption ? htmlToText(caption) : "",
        }
      : null,
    sourceUrl: post.canonical_url,
    seoTitle: meta?.meta_title || post.meta_title,
    seoDescription: meta?.meta_description || post.meta_description,
    notes,
  };
}

/** Ghost renders every post to HTML as well; Lexical is read when the HTML is missing. */
function contentOf(post: GhostPost): SourceContent | null {
  if (post.html) return { format: "html", html: post.html };
  if (post.lexical) return { format: "lexical", json: post.lexical };
  if (post.mobiledoc) return null;
  return { format: "html", html: "" };
}

/** Ghost keeps uploads in content/images; a feature image elsewhere (Unsplash…) has no file to take. */
const IMAGES_FOLDER = "/content/images/";

/** The file's join tables, grouped by post once so that each post's lookups are cheap. */
class Relations {
  readonly meta: Map<string, z.infer<typeof postMetaSchema>>;
  private readonly tags: Map<string, GhostData["tags"][number]>;
  private readonly users: Map<string, GhostData["users"][number]>;
  private readonly tagLinks: Map<string, GhostData["posts_tags"]>;
  private readonly authorLinks: Map<string, GhostData["posts_authors"]>;

  constructor(data: GhostData) {
    this.meta = new Map(data.posts_meta.map((row) => [row.post_id, row]));
    this.tags = new Map(data.tags.map((tag) => [tag.id, tag]));
    this.users = new Map(data.users.map((user) => [user.id, user]));
    this.tagLinks = groupByPost(data.posts_tags);
    this.authorLinks = groupByPost(data.posts_authors);
  }

  /**
   * The primary tag (the first public one, as Ghost orders them) is the
   * section; the other public tags are tags. Internal tags ("#…") only steer
   * Ghost themes and are left out.
   */
  tagsOf(postId: string): { section: string | null; tags: string[]; notes: string[] } {
    const notes: string[] = [];
    const names: string[] = [];
    for (const row of this.tagLinks.get(postId) ?? []) {
      const tag = this.tags.get(row.tag_id);
      if (!tag) notes.push(`tag ${row.tag_id} is not in the file: left out`);
      else if (tag.visibility === "internal" || tag.name.startsWith("#"))
        notes.push(`internal tag "${tag.name}" left out`);
      else names.push(tag.name);
    }
    const [section = null, ...tags] = names;
    return { section, tags, notes };
  }

  authorsOf(post: GhostPost, notes: string[]): SourceAuthor[] {
    const links = this.authorLinks.get(post.id);
    const ids = links ? links.map((row) => row.author_id) : post.author_id ? [post.author_id] : [];
    const authors: SourceAuthor[] = [];
    for (const authorId of ids) {
      const user = this.users.get(authorId);
      if (!user) notes.push(`author ${authorId} is not in the file: left out`);
      else authors.push({ slug: user.slug, name: user.name, bio: user.bio });
    }
    return authors;
  }
}

function groupByPost<T extends { post_id: string; sort_order?: number | null }>(rows: readonly T[]): Map<string, T[]> {
  const groups = new Map<string, T[]>();
  for (const row of rows) {
    const group = groups.get(row.post_id) ?? [];
    groups.set(row.post_id, group);
    group.push(row);
  }
  // Rows without a sort order keep the file's order (the sort is stable).
  for (const group of groups.values()) group.sort((a, b) => (a.sort_order ?? 0) - (b.sort_order ?? 0));
  return groups;
}

function describeRaw(raw: unknown, index: number): string {
  const value = typeof raw === "object" && raw !== null && "id" in raw ? raw.id : null;
  return typeof value === "string" || typeof value === "number" ? String(value) : `post ${index + 1}`;
}

function titleOf(raw: unknown): string {
  const value = typeof raw === "object" && raw !== null && "title" in raw ? raw.title : null;
  return typeof value === "string" ? value : "";
}
