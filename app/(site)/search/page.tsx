import type { Metadata } from "next";
import { SearchForm } from "@/components/site/SearchForm";
import { SearchResults } from "@/components/site/SearchResults";
import { SEARCH_PATH, searchPath } from "@/lib/articles/paths";
import { summarize } from "@/lib/content/plain-text";
import { pageHref } from "@/lib/pagination/pages";
import { readSearchParams } from "@/lib/search/params";
import { findStories } from "@/lib/search/reader-search";
import { readerMetadata } from "@/lib/seo/metadata";
import { siteInfo } from "@/lib/seo/site";

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

export async function generateMetadata({ searchParams }: Props): Promise<Metadata> {
  const { query, page } = readSearchParams(await searchParams);
  const site = await siteInfo();
  return readerMetadata({
    title: query ? `Search results for “${summarize(query, 60)}”${page > 1 ? `, page ${page}` : ""}` : "Search",
    description: `Search the stories of ${site.name}.`,
    path: query ? pageHref(searchPath(query), page) : SEARCH_PATH,
    // Result pages are for readers, not for search engines' own results.
    noindex: true,
  });
}

export default async function SearchPage({ searchParams }: Props) {
  const { query, page, error } = readSearchParams(await searchParams);
  const results = query && !error ? await findStories(query, page) : null;
  return (
    <>
      <h1 className="mb-6 font-serif text-4xl font-bold">Search</h1>
      <SearchForm query={query} error={error} />
      {results && <SearchResults query={query} results={results} />}
    </>
  );
}
