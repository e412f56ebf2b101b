import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { z } from "zod";
import { AdminPageTitle } from "@/components/admin/AdminPageTitle";
import { DeleteTagForm, MergeTagForm, RenameTagForm } from "@/components/admin/TagForms";
import { FormMessage } from "@/components/forms/FormMessage";
import { tagPath } from "@/lib/articles/paths";
import { recentEventDetails } from "@/lib/audit/queries";
import { requirePermission } from "@/lib/auth/session";
import { getTagForAdmin } from "@/lib/tags/queries";

export const metadata: Metadata = { title: "Tag" };

type Props = {
  params: Promise<{ id: string }>;
  searchParams: Promise<Record<string, string | string[] | undefined>>;
};

const mergeSchema = z.object({ name: z.string(), slug: z.string(), into: z.string(), stories: z.number() });

export default async function TagAdminPage({ params, searchParams }: Props) {
  await requirePermission("taxonomy.manage", null);
  const { id } = await params;
  const [tag, merged] = await Promise.all([
    getTagForAdmin(id),
    (await searchParams).merged ? recentEventDetails("tag.merge", id, mergeSchema) : null,
  ]);
  if (!tag) notFound();
  const stories = tag._count.articles;
  return (
    <>
      <AdminPageTitle title={tag.name} list={{ href: "/admin/tags", label: "Tags" }} />
      {merged && (
        <div className="mb-6 max-w-prose">
          <FormMessage
            state={{
              status: "success",
              message: `${merged.name} is merged into ${merged.into}: ${merged.stories === 1 ? "1 story" : `${merged.stories} stories`} retagged, and /tags/${merged.slug} leads here.`,
            }}
          />
        </div>
      )}
      <p className="mb-8 text-sm">
        Readers find it at{" "}
        <Link href={tagPath(tag.slug)} className="underline">
          {tagPath(tag.slug)}
        </Link>
        , on {stories === 1 ? "1 story" : `${stories} stories`}.
      </p>
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
