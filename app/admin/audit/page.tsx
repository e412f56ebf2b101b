import type { Metadata } from "next";
import { AuditTable } from "@/components/admin/AuditTable";
import { SelectField } from "@/components/forms/Field";
import { FilterBar } from "@/components/staff/FilterBar";
import { Pagination } from "@/components/staff/Pagination";
import { auditFilterSchema, listAuditActions, listAuditEvents } from "@/lib/audit/queries";
import { requirePermission } from "@/lib/auth/session";
import { listUserChoices } from "@/lib/users/queries";

export const metadata: Metadata = { title: "Audit log" };

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

export default async function AuditPage({ searchParams }: Props) {
  await requirePermission("audit.read", null);
  const filter = auditFilterSchema.parse(await searchParams);
  const [{ events, total, pageCount }, actions, users] = await Promise.all([
    listAuditEvents(filter),
    listAuditActions(),
    listUserChoices(),
  ]);
  return (
    <>
      <h1 className="mb-6 font-serif text-3xl font-bold">Audit log</h1>
      <FilterBar action="/admin/audit" label="Filter the audit log">
        <SelectField
          name="action"
          label="Action"
          options={[{ value: "", label: "Any action" }, ...actions.map((a) => ({ value: a, label: a }))]}
          defaultValue={filter.action ?? ""}
        />
        <SelectField
          name="user"
          label="User"
          options={[
            { value: "", label: "Anyone" },
            ...users.map((u) => ({ value: u.id, label: `${u.name} (${u.email})` })),
          ]}
          defaultValue={filter.user ?? ""}
        />
      </FilterBar>
      <p className="mb-2 text-sm" role="status">
        {total === 1 ? "1 event" : `${total} events`}
      </p>
      <AuditTable events={events} />
      <Pagination
        path="/admin/audit"
        query={{ action: filter.action, user: filter.user }}
        page={filter.page}
        pageCount={pageCount}
        label="Pages of the audit log"
      />
    </>
  );
}
