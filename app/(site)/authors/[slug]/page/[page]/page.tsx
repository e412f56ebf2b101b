import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { ListingPage } from "@/components/site/ListingPage";
import { authorPath } from "@/lib/articles/paths";
import { findAuthorRedirect, getAuthorListing } from "@/lib/authors/queries";
import { type ListingParams, listingLoader } from "@/lib/cache/listings";
import { renderOnFirstVisit } from "@/lib/cache/reader-cache";
import { summarize } from "@/lib/content/plain-text";
import { addressLabel } from "@/lib/forms/url-lines";
import { listingMetadata, NOT_FOUND_METADATA } from "@/lib/seo/metadata";
import { siteInfo } from "@/lib/seo/site";

// Answers /authors/[slug]?page=n through the rewrite in lib/pagination/rewrites.ts.
type Props = { params: ListingParams };

export const generateStaticParams = renderOnFirstVisit;

const loadAuthor = listingLoader(getAuthorListing, { find: findAuthorRedirect, path: authorPath });

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const listing = await loadAuthor(params);
  if (!listing) return NOT_FOUND_METADATA;
  const { author, page } = listing;
  const description = author.bio ? summarize(author.bio) : `Stories by ${author.name} on ${(await siteInfo()).name}.`;
  return listingMetadata({ name: author.name, description, path: authorPath(author.slug), page });
}

export default async function AuthorPage({ params }: Props) {
  const listing = await loadAuthor(params);
  if (!listing) notFound();
  const { author } = listing;
  return (
    <ListingPage
      kind={author.kind === "AGENCY" ? "News agency" : "Staff writer"}
      name={author.name}
      path={authorPath(author.slug)}
      listing={listing}
    >
      {author.jobTitle && <p className="mt-1 text-lg font-semibold">{author.jobTitle}</p>}
      {author.photo && (
        <figure className="mt-4">
          <img
            src={author.photo.src}
            srcSet={author.photo.srcSet}
            sizes="8rem"
            width={author.photo.width}
            height={author.photo.height}
            alt={author.name}
            className="size-32 rounded object-cover"
          />
          {author.photoCredit && (
            <figcaption className="mt-1 text-xs text-neutral-600 dark:text-neutral-400">
              Photo: {author.photoCredit}
            </figcaption>
          )}
        </figure>
      )}
      {author.bio && <p className="mt-3 text-lg text-neutral-700 dark:text-neutral-300">{author.bio}</p>}
      {(author.url || author.links.length > 0) && (
        <ul className="mt-3 flex flex-wrap gap-x-4 gap-y-1 text-sm">
          {author.url && (
            <li>
              <a href={author.url} rel="noopener noreferrer" className="underline underline-offset-2">
                {author.name}’s website
              </a>
            </li>
          )}
          {author.links.map((link) => (
            <li key={link}>
              <a href={link} rel="me noopener noreferrer" className="underline underline-offset-2">
                {addressLabel(link)}
              </a>
            </li>
          ))}
        </ul>
      )}
    </ListingPage>
  );
}
