import { cache } from "react";
import { readForReaders } from "@/lib/cache/reader-cache";
import { ARTICLE_LISTS, TAXONOMY } from "@/lib/cache/tags";
import { parsePageNumber } from "@/lib/pagination/pages";

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

/**
 * The loader of a listing page: reads the listing once per render (the page
 * and its metadata share it) and marks the page with the tags of lists and
 * of names, which any published story or renamed section can change.
 */
export function listingLoader<Listing>(
  getListing: (slug: string, pageNumber: number, now: Date) => Promise<Listing | null>,
) {
  const load = cache((slug: string, pageNumber: number) =>
    readForReaders(
      (now) => getListing(slug, pageNumber, now),
      () => [ARTICLE_LISTS, TAXONOMY],
      null,
    ),
  );
  return async (params: ListingParams) => {
    const { slug, page } = await params;
    return load(slug, parsePageNumber(page));
  };
}
