import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { AdminPageTitle } from "@/components/admin/AdminPageTitle";
import { PageNotice } from "@/components/admin/PageNotice";
import { ReaderAddress } from "@/components/admin/ReaderAddress";
import { DeleteTagForm, MergeTagForm, RenameTagForm } from "@/components/admin/TagForms";
import { tagPath } from "@/lib/articles/paths";
import { requirePermission } from "@/lib/auth/session";
import { getTagForAdmin } from "@/lib/tags/queries";
import { mergeMessage, recentMerge } from "@/lib/taxonomy/notices";
import { storyCount } from "@/lib/taxonomy/story-count";

export const metadata: Metadata = { title: "Tag" };

type Props = {
  params: Promise<{ id: string }>;
  searchParams: Promise<Record<string, string | string[] | undefined>>;
};

export default async function TagAdminPage({ params, searchParams }: Props) {
  await requirePermission("taxonomy.manage", null);
  const { id } = await params;
  const [tag, merged] = await Promise.all([
    getTagForAdmin(id),
    (await searchParams).merged ? recentMerge("tag.merge", id) : null,
  ]);
  if (!tag) notFound();
  const stories = tag._count.articles;
  return (
    <>
      <AdminPageTitle title={tag.name} list={{ href: "/admin/tags", label: "Tags" }} />
      <PageNotice message={merged && mergeMessage(merged, "retagged", `/tags/${merged.slug}`)} />
      <ReaderAddress path={tagPath(tag.slug)} detail={`on ${storyCount(stories)}`} />
      <div className="grid max-w-xl gap-10">
        <section aria-labelledby="rename-heading">
          <h2 id="rename-heading" className="mb-3 text-xl font-bold">
            Name and address
          </h2>
          <RenameTagForm tag={tag} />
        </section>
        <section aria-labelledby="merge-heading">
          <h2 id="merge-heading" className="mb-3 text-xl font-bold">
            Merge into another tag
          </h2>
          <p className="mb-3 max-w-prose text-sm">
            For two tags that mean one thing (“U.S.” and “United States”): the stories get the other tag, this tag’s
            address leads there, and this tag is gone.
          </p>
          <MergeTagForm tag={tag} />
        </section>
        <section aria-labelledby="delete-heading">
          <h2 id="delete-heading" className="mb-3 text-xl font-bold">
            Delete
          </h2>
          <p className="mb-3 max-w-prose text-sm">
            The tag is taken off its stories, and its address answers “not found”. The stories stay.
          </p>
          <DeleteTagForm tag={tag} />
        </section>
      </div>
    </>
  );
}
