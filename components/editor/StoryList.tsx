import Link from "next/link";
import { BUTTON, CONTROL, HINT } from "@/components/editor/styles";
import type { EditorOptions, listStories } from "@/lib/articles/editor-queries";
import { LIST_SORTS, type StoryListQuery } from "@/lib/articles/schema";
import { STATUS_LABELS } from "@/lib/articles/workflow";
import { ArticleStatus } from "@/lib/generated/prisma/enums";
import { formatDateTime } from "@/lib/time";

type Props = {
  query: StoryListQuery;
  list: Awaited<ReturnType<typeof listStories>>;
  options: EditorOptions;
  /** Headline of a story just deleted, to confirm it. */
  deleted?: string;
};

const SORT_LABELS: Record<(typeof LIST_SORTS)[number], string> = { updated: "Last updated", published: "Publication time", headline: "Headline (A–Z)" };

/** The address of this list with some filters changed; page 1 unless told. */
function listHref(query: StoryListQuery, change: Partial<StoryListQuery>): string {
  const merged = { ...query, page: 1, ...change };
  const params = new URLSearchParams();
  for (const [key, value] of Object.entries(merged)) {
    if (value === undefined || value === "" || (key === "page" && value === 1) || (key === "sort" && value === "updated")) continue;
    params.set(key, String(value));
  }
  const search = params.toString();
  return search ? `/editor?${search}` : "/editor";
}

function Select({ name, label, value, choices }: { name: string; label: string; value: string | undefined; choices: { value: string; label: string }[] }) {
  return (
    <div className="flex flex-col gap-1">
      <label htmlFor={`filter-${name}`} className="text-sm font-semibold">
        {label}
      </label>
      <select id={`filter-${name}`} name={name} defaultValue={value ?? ""} className={CONTROL}>
        {choices.map((choice) => (
          <option key={choice.value} value={choice.value}>
            {choice.label}
          </option>
        ))}
      </select>
    </div>
  );
}

/** The newsroom's story list: filters, a table of stories, pages. */
export function StoryList({ query, list, options, deleted }: Props) {
  const { stories, total, pageCount } = list;
  return (
    <div className="flex flex-col gap-6">
      <div className="flex flex-wrap items-center justify-between gap-4">
        <h1 className="font-serif text-3xl font-bold">Stories</h1>
        <Link href="/editor/articles/new" className={BUTTON.primary}>
          New story
        </Link>
      </div>
      {deleted && (
        <p role="status" className="rounded border border-green-700 bg-green-50 px-3 py-2 text-sm font-semibold text-green-900 dark:border-green-300 dark:bg-green-950 dark:text-green-100">
          Deleted “{deleted}”.
        </p>
      )}

      <form method="get" action="/editor" role="search" aria-label="Filter stories" className="grid gap-4 sm:grid-cols-2 lg:grid-cols-5">
        <div className="flex flex-col gap-1">
          <label htmlFor="filter-q" className="text-sm font-semibold">
            Search headlines
          </label>
          <input id="filter-q" name="q" type="search" defaultValue={query.q ?? ""} className={CONTROL} />
        </div>
        <Select name="status" label="Status" value={query.status} choices={[{ value: "", label: "Any status" }, ...Object.values(ArticleStatus).map((status) => ({ value: status, label: STATUS_LABELS[status] }))]} />
        <Select name="section" label="Section" value={query.section} choices={[{ value: "", label: "Any section" }, ...options.sections.map((s) => ({ value: s.id, label: s.name }))]} />
        <Select name="author" label="Author" value={query.author} choices={[{ value: "", label: "Any author" }, ...options.authors.map((a) => ({ value: a.id, label: a.name }))]} />
        <Select name="sort" label="Sort by" value={query.sort} choices={LIST_SORTS.map((sort) => ({ value: sort, label: SORT_LABELS[sort] }))} />
        <div className="flex gap-2 sm:col-span-2 lg:col-span-5">
          <button type="submit" className={BUTTON.secondary}>
            Apply filters
          </button>
          <Link href="/editor" className={BUTTON.secondary}>
            Clear
          </Link>
        </div>
      </form>

      <p className={HINT} role="status">
        {total === 0 ? "No stories match." : `${total} ${total === 1 ? "story" : "stories"}, page ${query.page} of ${pageCount}.`}
      </p>
      {stories.length > 0 && (
        <div className="overflow-x-auto">
          <table className="w-full border-collapse text-left text-sm">
            <caption className="sr-only">Stories</caption>
            <thead>
              <tr className="border-b border-neutral-300 dark:border-neutral-700">
                {["Headline", "Status", "Section", "Bylines", "Last edited by", "Updated", "Published"].map((heading) => (
                  <th key={heading} scope="col" className="px-2 py-2 font-semibold">
                    {heading}
                  </th>
                ))}
              </tr>
            </thead>
            <tbody>
              {stories.map((story) => (
                <tr key={story.id} className="border-b border-neutral-200 align-top dark:border-neutral-800">
                  <th scope="row" className="px-2 py-2 font-semibold">
                    <Link href={`/editor/articles/${story.id}`} className="underline-offset-2 hover:underline">
                      {story.headline}
                    </Link>
                  </th>
                  <td className="px-2 py-2">{STATUS_LABELS[story.status]}</td>
                  <td className="px-2 py-2">{story.section ?? "—"}</td>
                  <td className="px-2 py-2">{story.bylines.join(", ") || "—"}</td>
                  <td className="px-2 py-2">{story.lastEditor ?? "—"}</td>
                  <td className="px-2 py-2">
                    <time dateTime={story.updatedAt.toISOString()}>{formatDateTime(story.updatedAt)}</time>
                  </td>
                  <td className="px-2 py-2">{story.publishedAt && (story.status === "PUBLISHED" || story.status === "SCHEDULED") ? <time dateTime={story.publishedAt.toISOString()}>{formatDateTime(story.publishedAt)}</time> : "—"}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
      {pageCount > 1 && (
        <nav aria-label="Pages" className="flex gap-4 text-sm font-semibold">
          {query.page > 1 && (
            <Link href={listHref(query, { page: query.page - 1 })} rel="prev" className="underline">
              Previous page
            </Link>
          )}
          {query.page < pageCount && (
            <Link href={listHref(query, { page: query.page + 1 })} rel="next" className="underline">
              Next page
            </Link>
          )}
        </nav>
      )}
    </div>
  );
}
