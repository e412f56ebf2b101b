import type { Metadata } from "next";
import { AuthorsTable } from "@/components/admin/AuthorsTable";
import { TextField } from "@/components/forms/Field";
import { FilterBar } from "@/components/staff/FilterBar";
import { Pagination } from "@/components/staff/Pagination";
import { requirePermission } from "@/lib/auth/session";
import { listAuthorsForAdmin } from "@/lib/authors/queries";
import { nameFilterSchema } from "@/lib/forms/name-filter";

export const metadata: Metadata = { title: "Bylines" };

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

export default async function AuthorsPage({ searchParams }: Props) {
  await requirePermission("taxonomy.manage", null);
  const filter = nameFilterSchema.parse(await searchParams);
  const { authors, total, pageCount } = await listAuthorsForAdmin(filter);
  return (
    <>
      <h1 className="mb-6 font-serif text-3xl font-bold">Bylines</h1>
      <p className="mb-4 max-w-prose text-sm">
        Staff writers keep their own profiles on their account page; editors may change anyone’s here, and describe or
        merge the news agencies.
      </p>
      <FilterBar action="/admin/authors" label="Search bylines">
        <TextField name="q" type="search" label="Search bylines" defaultValue={filter.q} />
      </FilterBar>
      <p className="mb-2 text-sm" role="status">
        {total === 1 ? "1 byline" : `${total} bylines`}
      </p>
      <AuthorsTable authors={authors} />
      <Pagination
        path="/admin/authors"
        query={{ q: filter.q }}
        page={filter.page}
        pageCount={pageCount}
        label="Pages of bylines"
      />
    </>
  );
}
