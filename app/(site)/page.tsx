import type { Metadata } from "next";
import { JsonLd } from "@/components/site/JsonLd";
import { LatestList } from "@/components/site/LatestList";
import { StoryCard } from "@/components/site/StoryCard";
import { StoryGrid } from "@/components/site/StoryGrid";
import { sectionPath } from "@/lib/articles/paths";
import { readForReaders } from "@/lib/cache/reader-cache";
import { ARTICLE_LISTS } from "@/lib/cache/tags";
import { EMPTY_HOME_PAGE, getHomePage } from "@/lib/home/queries";
import { webSiteJsonLd } from "@/lib/seo/json-ld";
import { readerMetadata } from "@/lib/seo/metadata";
import { siteInfo } from "@/lib/seo/site";

export async function generateMetadata(): Promise<Metadata> {
  const site = await siteInfo();
  return readerMetadata({
    title: `${site.name}: latest news`,
    absoluteTitle: true,
    description: site.description,
    path: "/",
  });
}

export default async function HomePage() {
  const site = await siteInfo();
  const { lead, top, sections, latest } = await readForReaders(
    (now) => getHomePage(now),
    () => [ARTICLE_LISTS],
    EMPTY_HOME_PAGE,
  );
  return (
    <>
      <JsonLd data={webSiteJsonLd(site)} />
      <h1 className="sr-only">{site.name}: latest news</h1>
      {!lead && <p className="text-lg">No stories have been published yet.</p>}
      {lead && (
        <section aria-labelledby="lead-heading" className="border-b border-neutral-200 pb-8 dark:border-neutral-800">
          <h2 id="lead-heading" className="sr-only">
            Lead story
          </h2>
          <StoryCard story={lead} variant="lead" />
        </section>
      )}
      {top.length > 0 && (
        <section aria-labelledby="top-heading" className="border-b border-neutral-200 py-8 dark:border-neutral-800">
          <h2 id="top-heading" className="mb-6 text-sm font-bold tracking-wide uppercase">
            Top stories
          </h2>
          <StoryGrid stories={top} />
        </section>
      )}
      <div className="grid gap-10 pt-8 lg:grid-cols-[minmax(0,1fr)_18rem]">
        <div className="flex flex-col gap-10">
          {sections.map((section) => (
            <section key={section.slug} aria-labelledby={`section-${section.slug}`}>
              <h2
                id={`section-${section.slug}`}
                className="mb-6 border-b-2 border-neutral-900 pb-1 text-sm font-bold tracking-wide uppercase dark:border-neutral-100"
              >
                <a href={sectionPath(section.slug)} className="underline-offset-4 hover:underline">
                  {section.name}
                </a>
              </h2>
              <StoryGrid stories={section.stories} />
            </section>
          ))}
        </div>
        {latest.length > 0 && (
          <section aria-labelledby="latest-heading">
            <h2
              id="latest-heading"
              className="mb-2 border-b-2 border-neutral-900 pb-1 text-sm font-bold tracking-wide uppercase dark:border-neutral-100"
            >
              Latest
            </h2>
            <LatestList stories={latest} />
          </section>
        )}
      </div>
    </>
  );
}
