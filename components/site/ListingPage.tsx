import type { ReactNode } from "react";
import { JsonLd } from "@/components/site/JsonLd";
import { StoryListing } from "@/components/site/StoryListing";
import type { StoryPage } from "@/lib/articles/queries";
import { breadcrumbJsonLd } from "@/lib/seo/json-ld";
import { siteInfo } from "@/lib/seo/site";

/** A section, tag or author page: its heading, what it is, and its stories a page at a time. */
export async function ListingPage({
  kind,
  name,
  path,
  listing,
  children,
}: {
  kind: string;
  name: string;
  path: string;
  listing: StoryPage;
  children?: ReactNode;
}) {
  return (
    <>
      <JsonLd data={breadcrumbJsonLd([{ name, path }], await siteInfo())} />
      <header className="mb-8 max-w-3xl border-b border-neutral-200 pb-6 dark:border-neutral-800">
        <p className="text-accent dark:text-accent-dark text-sm font-bold tracking-wide uppercase">{kind}</p>
        <h1 className="mt-1 font-serif text-4xl font-bold">{name}</h1>
        {children}
      </header>
      <StoryListing stories={listing.stories} page={listing.page} path={path} name={name} />
    </>
  );
}
