/**
 * Listing pages answer at /sections/world?page=2, but Next caches rendered
 * pages by path, not query. These rewrites (used by next.config.ts) move the
 * page number into the path, /sections/world/page/2, so every page of every
 * listing is cached on its own. Only 1–6 digits are taken; anything else
 * shows the first page.
 */
const LISTINGS = ["sections", "tags", "authors"] as const;

export function listingRewrites() {
  return LISTINGS.flatMap((listing) => [
    {
      source: `/${listing}/:slug`,
      has: [{ type: "query" as const, key: "page", value: "(?<page>\\d{1,6})" }],
      destination: `/${listing}/:slug/page/:page`,
    },
    { source: `/${listing}/:slug`, destination: `/${listing}/:slug/page/1` },
  ]);
}
