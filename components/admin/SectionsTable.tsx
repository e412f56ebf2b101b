import Link from "next/link";
import { SectionNavigationForm, SectionOrderForm } from "@/components/admin/SectionForms";
import { DataTable } from "@/components/staff/DataTable";
import type { SectionAdminRow } from "@/lib/sections/queries";

/** The sections in navigation order, each with its place and whether the navigation shows it. */
export function SectionsTable({ sections }: { sections: readonly SectionAdminRow[] }) {
  if (sections.length === 0) return <p>No sections yet. Add the first one below.</p>;
  return (
    <DataTable caption="Sections, in navigation order" columns={["Name", "Address", "Stories", "Navigation", "Order"]}>
      {sections.map((section, index) => (
        <tr key={section.id} className="border-b border-neutral-200 align-top dark:border-neutral-800">
          <th scope="row" className="py-2 pr-4 font-semibold">
            <Link href={`/admin/sections/${section.id}`} className="underline">
              {section.name}
            </Link>
          </th>
          <td className="py-2 pr-4">/sections/{section.slug}</td>
          <td className="py-2 pr-4">{section._count.articles}</td>
          <td className="py-2 pr-4">
            <p className="mb-1">{section.inNavigation ? "Shown" : "Hidden"}</p>
            <SectionNavigationForm section={section} inNavigation={section.inNavigation} />
          </td>
          <td className="py-2 pr-4">
            <div className="flex flex-wrap gap-2">
              {index > 0 && <SectionOrderForm section={section} direction="up" />}
              {index < sections.length - 1 && <SectionOrderForm section={section} direction="down" />}
            </div>
          </td>
        </tr>
      ))}
    </DataTable>
  );
}
