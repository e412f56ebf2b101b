import { Highlighted } from "@/components/site/Highlighted";
import { Pagination } from "@/components/site/Pagination";
import { BylineAndDate, SectionKicker } from "@/components/site/StoryMeta";
import { searchPath } from "@/lib/articles/paths";
import { isOutOfRange, pageHref } from "@/lib/pagination/pages";
import type { SearchResults as Results } from "@/lib/search/search";

export function SearchResults({ query, results }: { query: string; results: Results }) {
  const path = searchPath(query);
  if (results.total === 0) {
    return <p className="mt-8 max-w-prose text-lg">No stories match “{query}”. Try other or fewer words.</p>;
  }
  if (isOutOfRange(results.page)) {
    return (
      <p className="mt-8 max-w-prose text-lg">
        There is no page {results.page.number} of results for “{query}”.{" "}
        <a href={pageHref(path, 1)} className="font-semibold underline underline-offset-2">
          See the first page
        </a>
      </p>
    );
  }
  return (
    <section aria-labelledby="results-heading" className="mt-8">
      <h2 id="results-heading" className="text-lg font-bold">
        {results.total === 1 ? "1 story matches" : `${results.total.toLocaleString("en")} stories match`} “{query}”
      </h2>
      <ol className="mt-6 flex max-w-3xl flex-col gap-8">
        {results.hits.map(({ story, headline, excerpt }) => (
          <li key={story.id}>
            <article>
              <SectionKicker story={story} />
              <h3 className="mt-1 font-serif text-xl leading-tight font-bold">
                <a href={story.href} className="underline-offset-4 hover:underline">
                  <Highlighted runs={headline} />
                </a>
              </h3>
              <p className="mt-2 text-neutral-800 dark:text-neutral-200">
                <Highlighted runs={excerpt} />
              </p>
              <div className="mt-1">
                <BylineAndDate story={story} />
              </div>
            </article>
          </li>
        ))}
      </ol>
      <Pagination page={results.page} path={path} />
    </section>
  );
}
