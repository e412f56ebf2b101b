import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { ListingPage } from "@/components/site/ListingPage";
import { sectionPath } from "@/lib/articles/paths";
import { type ListingParams, listingLoader } from "@/lib/cache/listings";
import { renderOnFirstVisit } from "@/lib/cache/reader-cache";
import { sectionFeed } from "@/lib/feeds/links";
import { findSectionRedirect, getSectionListing } from "@/lib/sections/queries";
import { listingMetadata, NOT_FOUND_METADATA } from "@/lib/seo/metadata";
import { siteInfo } from "@/lib/seo/site";

// Answers /sections/[slug]?page=n through the rewrite in lib/pagination/rewrites.ts.
type Props = { params: ListingParams };

export const generateStaticParams = renderOnFirstVisit;

const loadSection = listingLoader(getSectionListing, { find: findSectionRedirect, path: sectionPath });

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const listing = await loadSection(params);
  if (!listing) return NOT_FOUND_METADATA;
  const { section, page } = listing;
  const site = await siteInfo();
  const description = section.description || `The latest ${section.name} stories from ${site.name}.`;
  return listingMetadata({
    name: section.name,
    description,
    path: sectionPath(section.slug),
    page,
    feeds: [sectionFeed(site.name, section)],
  });
}

export default async function SectionPage({ params }: Props) {
  const listing = await loadSection(params);
  if (!listing) notFound();
  const { section } = listing;
  const feed = sectionFeed((await siteInfo()).name, section);
  return (
    <ListingPage kind="Section" name={section.name} path={sectionPath(section.slug)} listing={listing}>
      {section.description && (
        <p className="mt-3 text-lg text-neutral-700 dark:text-neutral-300">{section.description}</p>
      )}
      <p className="mt-3 text-sm">
        <a href={feed.path} type={feed.type} className="underline underline-offset-2">
          {feed.label}
        </a>
      </p>
    </ListingPage>
  );
}
