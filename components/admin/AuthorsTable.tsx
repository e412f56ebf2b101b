import Link from "next/link";
import { DataTable } from "@/components/staff/DataTable";
import type { AuthorAdminRow } from "@/lib/authors/queries";

export function AuthorsTable({ authors }: { authors: readonly AuthorAdminRow[] }) {
  if (authors.length === 0) return <p>No bylines match this search.</p>;
  return (
    <DataTable caption="Bylines" columns={["Name", "Kind", "Role title", "Stories"]}>
      {authors.map((author) => (
        <tr key={author.id} className="border-b border-neutral-200 dark:border-neutral-800">
          <th scope="row" className="py-2 pr-4 font-semibold">
            <Link href={`/admin/authors/${author.id}`} className="underline">
              {author.name}
            </Link>
          </th>
          <td className="py-2 pr-4">{author.kind === "STAFF" ? "Staff" : "Agency"}</td>
          <td className="py-2 pr-4">{author.jobTitle}</td>
          <td className="py-2 pr-4">{author._count.articles}</td>
        </tr>
      ))}
    </DataTable>
  );
}
