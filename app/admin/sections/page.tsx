import type { Metadata } from "next";
import { PageNotice } from "@/components/admin/PageNotice";
import { AddSectionForm } from "@/components/admin/SectionForms";
import { SectionsTable } from "@/components/admin/SectionsTable";
import { requirePermission } from "@/lib/auth/session";
import { listSectionsForAdmin } from "@/lib/sections/queries";
import { deletionMessage, recentDeletion } from "@/lib/taxonomy/notices";

export const metadata: Metadata = { title: "Sections" };

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

export default async function SectionsPage({ searchParams }: Props) {
  await requirePermission("taxonomy.manage", null);
  const { deleted } = await searchParams;
  const [sections, deletion] = await Promise.all([
    listSectionsForAdmin(),
    typeof deleted === "string" ? recentDeletion("section.delete", deleted) : null,
  ]);
  return (
    <>
      <h1 className="mb-6 font-serif text-3xl font-bold">Sections</h1>
      <PageNotice message={deletion && deletionMessage(deletion)} />
      <p className="mb-4 max-w-prose text-sm">
        The site's navigation and its home page show the sections marked Shown, in this order. A hidden section keeps
        its page and its feed.
      </p>
      <SectionsTable sections={sections} />
      <section aria-labelledby="add-heading" className="mt-10 max-w-xl">
        <h2 id="add-heading" className="mb-3 text-xl font-bold">
          Add a section
        </h2>
        <AddSectionForm />
      </section>
    </>
  );
}
