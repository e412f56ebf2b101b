import { revalidateTag } from "next/cache";

/**
 * Cache tags of reader pages and feeds. Lists of stories (home, sections,
 * tags, authors, search, feeds, sitemaps) carry ARTICLE_LISTS; a story's own
 * page carries articleTag(id), as does every page that links to it by its
 * headline, so a change reaches everywhere it shows.
 */
export const ARTICLE_LISTS = "articles";
export const TAXONOMY = "taxonomy";

export function articleTag(articleId: string): string {
  return `article:${articleId}`;
}

/** Tags of a page that shows these stories (a story page: its own, and those it links to by headline). */
export function storyTags(articleIds: readonly string[]): string[] {
  return articleIds.map(articleTag);
}

/**
 * Call after any write that may change what readers see of these stories
 * (publish, edit of a published story, unpublish, delete, schedule). Expires
 * the entries at once, so the next reader gets the new version.
 */
export function revalidateArticles(articleIds: readonly string[]): void {
  revalidateTag(ARTICLE_LISTS, { expire: 0 });
  for (const id of articleIds) revalidateTag(articleTag(id), { expire: 0 });
}

/** What a write changed for readers: these stories, and whether sections, tags or authors changed too. */
export type Revalidation = { articleIds: string[]; taxonomy: boolean };

/** Expires every cached reader page a write changed. */
export function revalidate({ articleIds, taxonomy }: Revalidation): void {
  if (taxonomy) revalidateTaxonomy();
  if (articleIds.length > 0) revalidateArticles(articleIds);
}

/** After sections, tags or authors change: navigation and listing pages. */
export function revalidateTaxonomy(): void {
  revalidateTag(TAXONOMY, { expire: 0 });
  revalidateTag(ARTICLE_LISTS, { expire: 0 });
}
