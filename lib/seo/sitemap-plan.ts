/**
 * A sitemap file lists at most this many URLs. sitemaps.org allows 50,000;
 * 1,000 keeps each file one short read (on 100,000 stories a file of 50,000
 * took over a second to build, one of 1,000 about 20 ms), and a million
 * stories still make an index of 1,001 files.
 */
export const URLS_PER_SITEMAP = 1000;

export type Slice = { skip: number; take: number };

/**
 * The URLs of a site come in groups (home, sections, tags, authors, stories),
 * numbered one after another. File `index` (from 0) of the split sitemap
 * holds numbers [index × perFile, (index + 1) × perFile); this says which rows
 * of each group that is.
 */
export function sliceGroups(groupSizes: readonly number[], index: number, perFile = URLS_PER_SITEMAP): Slice[] {
  const start = index * perFile;
  const end = start + perFile;
  let groupStart = 0;
  return groupSizes.map((size) => {
    const from = Math.max(start, groupStart);
    const to = Math.min(end, groupStart + size);
    const slice = to > from ? { skip: from - groupStart, take: to - from } : { skip: 0, take: 0 };
    groupStart += size;
    return slice;
  });
}

export function sitemapFileCount(totalUrls: number, perFile = URLS_PER_SITEMAP): number {
  return Math.max(1, Math.ceil(totalUrls / perFile));
}
