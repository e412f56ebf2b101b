/**
 * A post as an export file gives it, whatever the platform: what the Ghost
 * and WordPress readers produce and the import loop (run.ts) consumes.
 */

export type SourceContent =
  | { format: "html"; html: string }
  /** WordPress content: shortcodes, and paragraphs as blank lines unless written by the block editor. */
  | { format: "wordpress"; html: string; baseUrl: string | null }
  | { format: "lexical"; json: string };

/** Where the story ends up: "review" is WordPress's "pending". */
export type SourceStatus = "published" | "scheduled" | "draft" | "review";

export type SourceAuthor = { slug: string; name: string; bio: string };

export type SourceImage = {
  /** The image's address on the old site, for the report. */
  url: string;
  /** Where the file sits below --media-dir (WordPress's uploads or Ghost's content/images folder); null when elsewhere. */
  path: string | null;
  alt: string;
  caption: string;
};

export type SourcePost = {
  /** The post's id in the file, to find it again from the report. */
  sourceId: string;
  title: string;
  /** As in the file: it may be empty, invalid or shared with another post (run.ts decides). */
  slug: string;
  status: SourceStatus;
  publishedAt: Date | null;
  createdAt: Date | null;
  dek: string;
  content: SourceContent;
  section: string | null;
  tags: string[];
  authors: SourceAuthor[];
  hero: SourceImage | null;
  sourceUrl: string | null;
  seoTitle: string;
  seoDescription: string;
  /** What reading the file already changed or left out for this post. */
  notes: string[];
};

/** A post the file holds but that is not imported, with why. */
export type SkippedPost = { sourceId: string; title: string; reason: string };

export type SourceExport = {
  /** Which site the file is from, for each story's provenance (provenance.ts): "" when the file does not say. */
  site: string;
  posts: SourcePost[];
  skipped: SkippedPost[];
};

export type ReadResult = { ok: true; source: SourceExport } | { ok: false; message: string };
