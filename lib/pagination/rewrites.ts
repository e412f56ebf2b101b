/**
 * Listing pages answer at /sections/world?page=2, but Next caches rendered
 * pages by path, not query. This rewrite (used by next.config.ts) moves the
 * page number into the path, /sections/world/page/2, so every page of every
 * listing is cached on its own. Only 1–6 digits are taken; anything else
 * shows the first page, which /sections/[slug] answers itself. One rule for
 * the three listings: Next tries every rewrite on every request.
 */
export function listingRewrites() {
  return [
    {
      source: "/:listing(sections|tags|authors)/:slug",
      has: [{ type: "query" as const, key: "page", value: "(?<page>\\d{1,6})" }],
      destination: "/:listing/:slug/page/:page",
    },
  ];
}
