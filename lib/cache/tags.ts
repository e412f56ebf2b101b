/**
 * Cache tags of reader pages and feeds. Lists of stories (home, sections,
 * tags, authors, search, feeds, sitemaps) carry ARTICLE_LISTS; a story's own
 * page carries articleTag(id), as does every page that links to it by its
 * headline, so a change reaches everywhere it shows. Everything carries
 * TAXONOMY through the navigation. Varnish knows the same tags from each
 * response's `xkey` header (lib/cache/isr-handler.mjs). Plain data, free of
 * Next's runtime, so scripts and tests can name tags too; expiring them is
 * lib/cache/revalidate.ts.
 */
export const ARTICLE_LISTS = "articles";
export const TAXONOMY = "taxonomy";
/** The publication's name, logo, language and accounts (/admin/settings), shown on every reader page and feed. */
export const SITE_SETTINGS = "settings";

export function articleTag(articleId: string): string {
  return `article:${articleId}`;
}

/** Tags of a page that shows these stories (a story page: its own, and those it links to by headline). */
export function storyTags(articleIds: readonly string[]): string[] {
  return articleIds.map(articleTag);
}

/** What a write changed for readers: these stories, whether sections, tags or authors changed, and the site's settings. */
export type Revalidation = { articleIds: string[]; taxonomy: boolean; settings?: boolean };

/**
 * The tags to expire after a write: a change to stories (publish, edit of a
 * published story, unpublish, delete, schedule, correction) reaches their
 * pages and every list; a change to sections, tags or authors reaches every
 * page, and so does one to the site's settings.
 */
export function tagsToExpire({ articleIds, taxonomy, settings = false }: Revalidation): string[] {
  const settingsTags = settings ? [SITE_SETTINGS] : [];
  if (!taxonomy && articleIds.length === 0) return settingsTags;
  return [...settingsTags, ...(taxonomy ? [TAXONOMY] : []), ARTICLE_LISTS, ...storyTags([...new Set(articleIds)])];
}
