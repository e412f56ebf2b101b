import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { AdminPageTitle } from "@/components/admin/AdminPageTitle";
import { ReaderAddress } from "@/components/admin/ReaderAddress";
import { DeleteSectionForm, EditSectionForm } from "@/components/admin/SectionForms";
import { sectionPath } from "@/lib/articles/paths";
import { requirePermission } from "@/lib/auth/session";
import { getSectionForAdmin, listSectionsForAdmin } from "@/lib/sections/queries";
import { storyCount } from "@/lib/taxonomy/story-count";

export const metadata: Metadata = { title: "Section" };

type Props = { params: Promise<{ id: string }> };

export default async function SectionAdminPage({ params }: Props) {
  await requirePermission("taxonomy.manage", null);
  const section = await getSectionForAdmin((await params).id);
  if (!section) notFound();
  const others = (await listSectionsForAdmin()).filter((other) => other.id !== section.id);
  const stories = section._count.articles;
  return (
    <>
      <AdminPageTitle title={section.name} list={{ href: "/admin/sections", label: "Sections" }} />
      <ReaderAddress path={sectionPath(section.slug)} detail={`with ${storyCount(stories)}`} />
      <div className="grid max-w-xl gap-10">
        <section aria-labelledby="edit-heading">
          <h2 id="edit-heading" className="mb-3 text-xl font-bold">
            Name and address
          </h2>
          <EditSectionForm section={section} />
        </section>
        <section aria-labelledby="delete-heading">
          <h2 id="delete-heading" className="mb-3 text-xl font-bold">
            Delete
          </h2>
          <p className="mb-3 max-w-prose text-sm">
            {stories > 0
              ? "A section with stories is deleted only with its stories moved to another section. Its address and its feed then lead there."
              : "The section has no stories. Its address and its feed will answer “not found”."}
          </p>
          <DeleteSectionForm section={section} stories={stories} others={others} />
        </section>
      </div>
    </>
  );
}
