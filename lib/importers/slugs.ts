import { firstFreeSlug, slugFromHeadline, slugSchema } from "@/lib/articles/slug";
import type { SourcePost } from "./source";

/**
 * Each post keeps its slug, so its old address can lead to the same words.
 * A slug Byline cannot use is remade from itself (or the title); a slug
 * that an earlier post in the same file already has is numbered ("-2"), so
 * that no post is lost. Both are noted. A slug the importer makes up (remade
 * or numbered) also passes over those Byline stories made elsewhere hold
 * (`takenOnByline`), as the post has no claim to them; the post's own slug
 * is kept, and run.ts skips a post whose slug another story holds. Run again
 * on the same file, the same post gets the same slug, which is how a re-run
 * finds its story's slug again.
 */
export class SlugPlanner {
  /** Slug → the source id of the post in this file that has it. */
  private readonly claimed = new Map<string, string>();

  async plan(
    post: Pick<SourcePost, "slug" | "title" | "sourceId">,
    takenOnByline: (slug: string) => boolean,
  ): Promise<{ slug: string; notes: string[] }> {
    const notes: string[] = [];
    let slug = post.slug.trim();
    let madeUp = false;
    if (!slugSchema.safeParse(slug).success) {
      const remade = slugFromHeadline(decoded(slug) || post.title);
      notes.push(
        slug
          ? `slug "${slug}" is not one Byline can use: imported as "${remade}"`
          : `no slug in the file: "${remade}" made from the title`,
      );
      slug = remade;
      madeUp = true;
    }
    const holder = this.claimed.get(slug);
    if (holder !== undefined || (madeUp && takenOnByline(slug))) {
      const numbered = await firstFreeSlug(
        slug,
        async (candidate) => this.claimed.has(candidate) || takenOnByline(candidate),
      );
      notes.push(
        holder !== undefined
          ? `slug "${slug}" is also the slug of post ${holder} in the file: imported as "${numbered}"`
          : `slug "${slug}" is another Byline story's: imported as "${numbered}"`,
      );
      slug = numbered;
    }
    this.claimed.set(slug, post.sourceId);
    return { slug, notes };
  }
}

/** Ghost and WordPress write non-Latin slugs percent-encoded ("caf%c3%a9"). */
function decoded(slug: string): string {
  try {
    return decodeURIComponent(slug);
  } catch {
    return slug;
  }
}
