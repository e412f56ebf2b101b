export function articlePath(slug: string): string {
  return `/articles/${slug}`;
}

export function authorPath(slug: string): string {
  return `/authors/${slug}`;
}

export function sectionPath(slug: string): string {
  return `/sections/${slug}`;
}

export function tagPath(slug: string): string {
  return `/tags/${slug}`;
}

export function sectionFeedPath(slug: string): string {
  return `${sectionPath(slug)}/feed.xml`;
}

export const SEARCH_PATH = "/search";

export function searchPath(query: string): string {
  return `${SEARCH_PATH}?q=${encodeURIComponent(query)}`;
}
