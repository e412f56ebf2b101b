import { Pagination } from "@/components/site/Pagination";
import { StoryGrid } from "@/components/site/StoryGrid";
import type { ArticleCard } from "@/lib/articles/queries";
import { isOutOfRange, type PageInfo, pageHref } from "@/lib/pagination/pages";

/**
 * The stories of a section, tag or author, a page at a time. An empty listing
 * or a page past the end says so and points somewhere useful; neither is an error.
 */
export function StoryListing({
  stories,
  page,
  path,
  name,
}: {
  stories: readonly ArticleCard[];
  page: PageInfo;
  path: string;
  name: string;
}) {
  if (isOutOfRange(page)) {
    return (
      <div className="max-w-prose">
        <h2 className="text-xl font-bold">There is no page {page.number} here</h2>
        <p className="mt-2">
          {page.count === 0
            ? `${name} has no published stories yet.`
            : `${name} has ${page.count} ${page.count === 1 ? "page" : "pages"} of stories.`}{" "}
          <a href={pageHref(path, 1)} className="font-semibold underline underline-offset-2">
            Go to the first page
          </a>
        </p>
      </div>
    );
  }
  if (stories.length === 0) return <p className="max-w-prose text-lg">No stories have been published here yet.</p>;
  return (
    <>
      <h2 className="sr-only">Stories{page.count > 1 && `, page ${page.number} of ${page.count}`}</h2>
      <StoryGrid stories={stories} />
      <Pagination page={page} path={path} />
    </>
  );
}
