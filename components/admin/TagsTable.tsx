import Link from "next/link";
import { DataTable } from "@/components/staff/DataTable";
import type { TagAdminRow } from "@/lib/tags/queries";

export function TagsTable({ tags }: { tags: readonly TagAdminRow[] }) {
  if (tags.length === 0) return <p>No tags match this search.</p>;
  return (
    <DataTable caption="Tags" columns={["Name", "Address", "Stories"]}>
      {tags.map((tag) => (
        <tr key={tag.id} className="border-b border-neutral-200 dark:border-neutral-800">
          <th scope="row" className="py-2 pr-4 font-semibold">
            <Link href={`/admin/tags/${tag.id}`} className="underline">
              {tag.name}
            </Link>
          </th>
          <td className="py-2 pr-4">/tags/{tag.slug}</td>
          <td className="py-2 pr-4">{tag._count.articles}</td>
        </tr>
      ))}
    </DataTable>
  );
}
