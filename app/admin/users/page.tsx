import type { Metadata } from "next";
import Link from "next/link";
import { UsersTable } from "@/components/admin/UsersTable";
import { SelectField, TextField } from "@/components/forms/Field";
import { FilterBar } from "@/components/staff/FilterBar";
import { Pagination } from "@/components/staff/Pagination";
import { requirePermission } from "@/lib/auth/session";
import { ROLE_OPTIONS, STATUS_OPTIONS } from "@/lib/users/fields";
import { listUsers } from "@/lib/users/queries";
import { userFilterSchema } from "@/lib/users/schema";

export const metadata: Metadata = { title: "Users" };

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

export default async function UsersPage({ searchParams }: Props) {
  await requirePermission("user.manage", null);
  const filter = userFilterSchema.parse(await searchParams);
  const { users, total, pageCount } = await listUsers(filter);
  return (
    <>
      <div className="mb-6 flex flex-wrap items-center justify-between gap-4">
        <h1 className="font-serif text-3xl font-bold">Users</h1>
        <Link
          href="/admin/users/invite"
          className="min-h-10 rounded bg-neutral-900 px-4 py-2 text-sm font-semibold text-white dark:bg-neutral-100 dark:text-neutral-900"
        >
          Invite user
        </Link>
      </div>
      <FilterBar action="/admin/users" label="Filter users">
        <TextField name="q" type="search" label="Search by name or email" defaultValue={filter.q} />
        <SelectField
          name="role"
          label="Role"
          options={[{ value: "", label: "Any role" }, ...ROLE_OPTIONS]}
          defaultValue={filter.role ?? ""}
        />
        <SelectField
          name="status"
          label="Status"
          options={[{ value: "", label: "Any status" }, ...STATUS_OPTIONS]}
          defaultValue={filter.status ?? ""}
        />
      </FilterBar>
      <p className="mb-2 text-sm" role="status">
        {total === 1 ? "1 user" : `${total} users`}
      </p>
      <UsersTable users={users} />
      <Pagination
        path="/admin/users"
        query={{ q: filter.q, role: filter.role, status: filter.status }}
        page={filter.page}
        pageCount={pageCount}
        label="Pages of users"
      />
    </>
  );
}
