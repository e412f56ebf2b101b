import type { Metadata } from "next";
import { AddSectionForm } from "@/components/admin/SectionForms";
import { SectionsTable } from "@/components/admin/SectionsTable";
import { requirePermission } from "@/lib/auth/session";
import { listSectionsForAdmin, recentSectionDeletion } from "@/lib/sections/queries";

export const metadata: Metadata = { title: "Sections" };

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

function deletionMessage(deleted: { name: string; stories: number; movedTo: string | null }): string {
  if (deleted.stories === 0 || !deleted.movedTo) return `${deleted.name} is deleted.`;
  const stories = deleted.stories === 1 ? "Its story is" : `Its ${deleted.stories} stories are`;
  return `${deleted.name} is deleted. ${stories} now in ${deleted.movedTo}, and its old address leads there.`;
}

export default async function SectionsPage({ searchParams }: Props) {
  await requirePermission("taxonomy.manage", null);
  const { deleted } = await searchParams;
  const [sections, deletion] = await Promise.all([
    listSectionsForAdmin(),
    typeof deleted === "string" ? recentSectionDeletion(deleted) : null,
  ]);
  return (
    <>
      <h1 className="mb-6 font-serif text-3xl font-bold">Sections</h1>
      {deletion && (
        <p
          role="status"
          className="mb-6 max-w-prose rounded border border-green-700 bg-green-50 px-3 py-2 text-sm font-semibold text-green-900 dark:border-green-300 dark:bg-green-950 dark:text-green-100"
        >
          {deletionMessage(deletion)}
        </p>
      )}
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
