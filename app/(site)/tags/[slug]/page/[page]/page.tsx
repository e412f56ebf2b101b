import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { ListingPage } from "@/components/site/ListingPage";
import { tagPath } from "@/lib/articles/paths";
import { type ListingParams, listingLoader } from "@/lib/cache/listings";
import { renderOnFirstVisit } from "@/lib/cache/reader-cache";
import { listingMetadata, NOT_FOUND_METADATA } from "@/lib/seo/metadata";
import { siteInfo } from "@/lib/seo/site";
import { findTagRedirect, getTagListing } from "@/lib/tags/queries";

// Answers /tags/[slug]?page=n through the rewrite in lib/pagination/rewrites.ts.
type Props = { params: ListingParams };

export const generateStaticParams = renderOnFirstVisit;

const loadTag = listingLoader(getTagListing, { find: findTagRedirect, path: tagPath });

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const listing = await loadTag(params);
  if (!listing) return NOT_FOUND_METADATA;
  const { tag, page } = listing;
  return listingMetadata({
    name: tag.name,
    description: `Stories about ${tag.name} from ${(await siteInfo()).name}.`,
    path: tagPath(tag.slug),
    page,
  });
}

export default async function TagPage({ params }: Props) {
  const listing = await loadTag(params);
  if (!listing) notFound();
  return <ListingPage kind="Tag" name={listing.tag.name} path={tagPath(listing.tag.slug)} listing={listing} />;
}
