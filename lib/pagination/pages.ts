/** Reader listings (sections, tags, authors, search) show this many stories a page. */
export const STORIES_PER_PAGE = 20;

export type PageInfo = {
  /** The page asked for, counted from 1. */
  number: number;
  /** How many pages the listing has; 0 when it is empty. */
  count: number;
};

/** The first row of a page, for the database query. */
export function pageOffset(pageNumber: number): number {
  return (pageNumber - 1) * STORIES_PER_PAGE;
}

export function pageCount(total: number): number {
  return Math.ceil(total / STORIES_PER_PAGE);
}

/**
 * Reads a `?page=` value. Missing or not a plain whole number: the first page
 * (a mistyped link is not worth an error). A number past the end is kept, so
 * the page can say there is nothing there.
 */
export function parsePageNumber(value: string | string[] | undefined): number {
  const text = Array.isArray(value) ? value[0] : value;
  if (!text || !/^\d{1,6}$/.test(text)) return 1;
  return Number(text);
}

/** A page number that is past the end, or 0. Not an empty listing's page 1. */
export function isOutOfRange(page: PageInfo): boolean {
  return page.number < 1 || (page.number > page.count && page.number > 1);
}

/** `path` with `?page=n`, or without it for the first page (one address per page). */
export function pageHref(path: string, pageNumber: number): string {
  if (pageNumber <= 1) return path;
  const separator = path.includes("?") ? "&" : "?";
  return `${path}${separator}page=${pageNumber}`;
}
