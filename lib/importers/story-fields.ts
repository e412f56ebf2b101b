import { type ArticleFormValues, FIELD_LIMITS } from "@/lib/articles/schema";
import { normalizeWebUrl } from "@/lib/content/links";
import type { BodyDocument } from "@/lib/content/schema";
import type { SourceImage, SourcePost } from "./source";
import type { Byline } from "./taxonomy";

export type StoryParts = {
  post: SourcePost;
  slug: string;
  body: BodyDocument;
  sectionId: string | null;
  bylines: Byline[];
  /** The editor's publication time (a wall-clock time in the newsroom's zone), "" for none. */
  publishAt: string;
  /** The featured image, once it is in the media library. */
  hero: { mediaId: string; image: SourceImage } | null;
  /** The story as Byline has it (an update), or a blank one. */
  base: ArticleFormValues;
};

/**
 * The editor's form filled from a post, within the form's limits: what is too
 * long is shortened and noted. What the file leaves empty (no section, no
 * tags, no featured image) keeps what Byline has, so an update does not wipe
 * an editor's work.
 */
export function storyFields({ post, slug, body, sectionId, bylines, publishAt, hero, base }: StoryParts): {
  fields: ArticleFormValues;
  notes: string[];
} {
  const notes: string[] = [];
  const fit = (label: string, value: string, max: number) => {
    const trimmed = value.trim();
    if (trimmed.length <= max) return trimmed;
    notes.push(`${label} longer than ${max} characters: shortened`);
    return `${trimmed.slice(0, max - 1).trimEnd()}…`;
  };
  const headline = fit("title", post.title, FIELD_LIMITS.headline);
  const source = sourceOf(post.sourceUrl, notes);
  return {
    fields: {
      ...base,
      headline,
      slug,
      slugFollowsHeadline: false,
      dek: fit("excerpt", post.dek, FIELD_LIMITS.dek),
      sectionId: sectionId ?? base.sectionId,
      tags: post.tags.length ? tagsOf(post.tags, notes) : base.tags,
      bylines: bylines.length ? bylinesOf(bylines, notes) : base.bylines,
      body,
      publishAt,
      ...(hero && {
        heroMediaId: hero.mediaId,
        heroAlt: fit(
          "featured image's alt text",
          hero.image.alt || altFromHeadline(headline, notes),
          FIELD_LIMITS.heroAlt,
        ),
        heroCaption: fit("featured image's caption", hero.image.caption, FIELD_LIMITS.heroCaption),
        heroCredit: "",
      }),
      ...(source && { sourceUrl: source.url, sourceName: source.name }),
      seoTitle: post.seoTitle ? fit("SEO title", post.seoTitle, FIELD_LIMITS.seoTitle.max) : base.seoTitle,
      seoDescription: post.seoDescription
        ? fit("SEO description", post.seoDescription, FIELD_LIMITS.seoDescription.max)
        : base.seoDescription,
    },
    notes,
  };
}

function tagsOf(names: readonly string[], notes: string[]): string[] {
  const tags: string[] = [];
  for (const name of names.map((tag) => tag.trim())) {
    if (name.length > FIELD_LIMITS.tag)
      notes.push(`tag "${name}" is longer than ${FIELD_LIMITS.tag} characters: left out`);
    else if (name && !tags.includes(name)) tags.push(name);
  }
  if (tags.length > FIELD_LIMITS.tags)
    notes.push(
      `${tags.length} tags, more than a story's ${FIELD_LIMITS.tags}: left out ${tags.slice(FIELD_LIMITS.tags).join(", ")}`,
    );
  return tags.slice(0, FIELD_LIMITS.tags);
}

function bylinesOf(bylines: readonly Byline[], notes: string[]): Byline[] {
  if (bylines.length > FIELD_LIMITS.bylines)
    notes.push(
      `${bylines.length} authors, more than a story's ${FIELD_LIMITS.bylines}: the first ${FIELD_LIMITS.bylines} kept`,
    );
  return bylines.slice(0, FIELD_LIMITS.bylines);
}

/** A story needs alt text with its image; the file had none, and the headline at least says what it is about. */
function altFromHeadline(headline: string, notes: string[]): string {
  notes.push(
    "featured image has no alt text in the file: the title stands in for it; describe the image in the editor",
  );
  return headline;
}

/** Ghost's canonical URL: where the story first appeared, shown to readers as "Originally published by". */
function sourceOf(url: string | null, notes: string[]): { url: string; name: string } | null {
  if (!url) return null;
  const safe = normalizeWebUrl(url);
  if (!safe) {
    notes.push(`canonical URL "${url}" is not a web address: left out`);
    return null;
  }
  return { url: safe, name: new URL(safe).hostname.replace(/^www\./, "") };
}
