import Link from "next/link";
import { SelectField, TextField } from "@/components/forms/Field";
import { BUTTON, HINT } from "@/components/forms/styles";
import { PublicationTime } from "@/components/site/PublicationTime";
import { DataTable } from "@/components/staff/DataTable";
import { FilterBar } from "@/components/staff/FilterBar";
import { Pagination } from "@/components/staff/Pagination";
import type { EditorOptions, listNewsroomStories } from "@/lib/articles/editor-queries";
import { LIST_SORTS, type StoryListQuery } from "@/lib/articles/schema";
import { STATUS_LABELS } from "@/lib/articles/workflow";
import { ArticleStatus } from "@/lib/generated/prisma/enums";

type Props = {
  query: StoryListQuery;
  list: Awaited<ReturnType<typeof listNewsroomStories>>;
  options: EditorOptions;
  /** Headline of a story just deleted, to confirm it. */
  deleted?: string;
};

const statusOptions = Object.values(ArticleStatus).map((status) => ({ value: status, label: STATUS_LABELS[status] }));

const SORT_LABELS: Record<(typeof LIST_SORTS)[number], string> = {
  updated: "Last updated",
  published: "Publication time",
  headline: "Headline (A–Z)",
};

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
        <p
          role="status"
          className="rounded border border-green-700 bg-green-50 px-3 py-2 text-sm font-semibold text-green-900 dark:border-green-300 dark:bg-green-950 dark:text-green-100"
        >
          Deleted “{deleted}”.
        </p>
      )}

      <FilterBar action="/editor/articles" label="Filter stories">
        <TextField name="q" label="Search headlines" type="search" defaultValue={query.q ?? ""} />
        <SelectField
          name="status"
          label="Status"
          defaultValue={query.status ?? ""}
          options={[{ value: "", label: "Any status" }, ...statusOptions]}
        />
        <SelectField
          name="section"
          label="Section"
          defaultValue={query.section ?? ""}
          options={[
            { value: "", label: "Any section" },
            ...options.sections.map((s) => ({ value: s.id, label: s.name })),
          ]}
        />
        <SelectField
          name="author"
          label="Author"
          defaultValue={query.author ?? ""}
          options={[
            { value: "", label: "Any author" },
            ...options.authors.map((a) => ({ value: a.id, label: a.name })),
          ]}
        />
        <SelectField
          name="sort"
          label="Sort by"
          defaultValue={query.sort}
          options={LIST_SORTS.map((sort) => ({ value: sort, label: SORT_LABELS[sort] }))}
        />
      </FilterBar>

      <p className={HINT} role="status">
        {total === 0 ? "No stories match." : `${total} ${total === 1 ? "story" : "stories"}.`}
      </p>
      {stories.length > 0 && (
        <DataTable
          caption="Stories"
          columns={["Headline", "Status", "Section", "Bylines", "Last edited by", "Updated", "Published"]}
        >
          {stories.map((story) => (
            <tr key={story.id} className="border-b border-neutral-200 align-top dark:border-neutral-800">
              <th scope="row" className="py-2 pr-4 font-semibold">
                <Link href={`/editor/articles/${story.id}`} className="underline-offset-2 hover:underline">
                  {story.headline}
                </Link>
              </th>
              <td className="py-2 pr-4">{STATUS_LABELS[story.status]}</td>
              <td className="py-2 pr-4">{story.section ?? "—"}</td>
              <td className="py-2 pr-4">{story.bylines.join(", ") || "—"}</td>
              <td className="py-2 pr-4">{story.lastEditor ?? "—"}</td>
              <td className="py-2 pr-4">
                <PublicationTime date={story.updatedAt} withTime />
              </td>
              <td className="py-2 pr-4">
                {story.publishedAt && (story.status === "PUBLISHED" || story.status === "SCHEDULED") ? (
                  <PublicationTime date={story.publishedAt} withTime />
                ) : (
                  "—"
                )}
              </td>
            </tr>
          ))}
        </DataTable>
      )}
      <Pagination
        path="/editor/articles"
        query={{
          q: query.q,
          status: query.status,
          section: query.section,
          author: query.author,
          sort: query.sort === "updated" ? undefined : query.sort,
        }}
        page={query.page}
        pageCount={pageCount}
        label="Pages"
      />
    </div>
  );
}
