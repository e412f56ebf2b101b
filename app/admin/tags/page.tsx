import type { Metadata } from "next";
import { PageNotice } from "@/components/admin/PageNotice";
import { TagsTable } from "@/components/admin/TagsTable";
import { TextField } from "@/components/forms/Field";
import { FilterBar } from "@/components/staff/FilterBar";
import { Pagination } from "@/components/staff/Pagination";
import { requirePermission } from "@/lib/auth/session";
import { nameFilterSchema } from "@/lib/forms/name-filter";
import { listTagsForAdmin } from "@/lib/tags/queries";
import { deletionMessage, recentDeletion } from "@/lib/taxonomy/notices";

export const metadata: Metadata = { title: "Tags" };

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

export default async function TagsPage({ searchParams }: Props) {
  await requirePermission("taxonomy.manage", null);
  const query = await searchParams;
  const filter = nameFilterSchema.parse(query);
  const [{ tags, total, pageCount }, deletion] = await Promise.all([
    listTagsForAdmin(filter),
    typeof query.deleted === "string" ? recentDeletion("tag.delete", query.deleted) : null,
  ]);
  return (
    <>
      <h1 className="mb-6 font-serif text-3xl font-bold">Tags</h1>
      <PageNotice message={deletion && deletionMessage(deletion)} />
      <FilterBar action="/admin/tags" label="Search tags">
        <TextField name="q" type="search" label="Search tags" defaultValue={filter.q} />
      </FilterBar>
      <p className="mb-2 text-sm" role="status">
        {total === 1 ? "1 tag" : `${total} tags`}
      </p>
      <TagsTable tags={tags} />
      <Pagination
        path="/admin/tags"
        query={{ q: filter.q }}
        page={filter.page}
        pageCount={pageCount}
        label="Pages of tags"
      />
    </>
  );
}
