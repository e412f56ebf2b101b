import { permanentRedirect } from "next/navigation";
import { cache } from "react";
import { readForReaders } from "@/lib/cache/reader-cache";
import { ARTICLE_LISTS, TAXONOMY } from "@/lib/cache/tags";
import { pageHref, parsePageNumber } from "@/lib/pagination/pages";

/** Route parameters of /sections|tags|authors/[slug]/page/[page] (see lib/pagination/rewrites.ts). */
export type ListingParams = Promise<{ slug: string; page: string }>;

/** Route parameters of /sections|tags|authors/[slug], a listing's first page. */
export type FirstPageParams = Promise<{ slug: string }>;

/**
 * A listing's page function (its component or generateMetadata) answering
 * at /…/[slug] as page 1. The first page answers there itself: other pages
 * come through the ?page=n rewrite (lib/pagination/rewrites.ts), which costs
 * every request it matches.
 */
export function asFirstPage<Result>(
  pageFunction: (props: { params: ListingParams }) => Result,
): (props: { params: FirstPageParams }) => Result {
  return ({ params }) => pageFunction({ params: params.then(({ slug }) => ({ slug, page: "1" })) });
}

/** Where a listing's former slug leads: its current slug, and the address of a slug. */
export type FormerSlugs = { find: (slug: string) => Promise<string | null>; path: (slug: string) => string };

/**
 * The loader of a listing page: reads the listing once per render (the page
 * and its metadata share it) and marks the page with the tags of lists and
 * of names, which any published story or renamed section can change. At a
 * former slug (a renamed section, a merged tag) it answers 308 to the same
 * page at the current one; the redirect is cached like the page was.
 */
export function listingLoader<Listing>(
  getListing: (slug: string, pageNumber: number, now: Date) => Promise<Listing | null>,
  formerSlugs?: FormerSlugs,
) {
  const load = cache((slug: string, pageNumber: number) =>
    readForReaders(
      async (now) => {
        const listing = await getListing(slug, pageNumber, now);
        return { listing, movedTo: listing || !formerSlugs ? null : await formerSlugs.find(slug) };
      },
      () => [ARTICLE_LISTS, TAXONOMY],
      { listing: null, movedTo: null },
    ),
  );
  return async (params: ListingParams): Promise<Listing | null> => {
    const { slug, page } = await params;
    const pageNumber = parsePageNumber(page);
    const { listing, movedTo } = await load(slug, pageNumber);
    if (movedTo && formerSlugs) permanentRedirect(pageHref(formerSlugs.path(movedTo), pageNumber));
    return listing;
  };
}
