import Link from "next/link";
import { PublicationTime } from "@/components/site/PublicationTime";
import { DataTable } from "@/components/staff/DataTable";
import { ROLE_LABELS, STATUS_LABELS } from "@/lib/users/fields";
import type { UserRow } from "@/lib/users/queries";

export function UsersTable({ users }: { users: readonly UserRow[] }) {
  if (users.length === 0) return <p>No users match these filters.</p>;
  return (
    <DataTable caption="Users" columns={["Name", "Email", "Role", "Status", "Last sign-in"]}>
      {users.map((user) => (
        <tr key={user.id} className="border-b border-neutral-200 dark:border-neutral-800">
          <th scope="row" className="py-2 pr-4 font-semibold">
            <Link href={`/admin/users/${user.id}`} className="underline">
              {user.name}
            </Link>
          </th>
          <td className="py-2 pr-4">{user.email}</td>
          <td className="py-2 pr-4">{ROLE_LABELS[user.role]}</td>
          <td className="py-2 pr-4">{STATUS_LABELS[user.status]}</td>
          <td className="py-2 pr-4">
            {user.lastSignInAt ? <PublicationTime date={user.lastSignInAt} withTime /> : "Never"}
          </td>
        </tr>
      ))}
    </DataTable>
  );
}
