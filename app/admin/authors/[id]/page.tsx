import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { AdminPageTitle } from "@/components/admin/AdminPageTitle";
import { AgencyForm, MergeAgencyForm } from "@/components/admin/AgencyForms";
import { PageNotice } from "@/components/admin/PageNotice";
import { ReaderAddress } from "@/components/admin/ReaderAddress";
import { ProfileForm } from "@/components/staff/ProfileForm";
import { authorPath } from "@/lib/articles/paths";
import { requirePermission } from "@/lib/auth/session";
import { getProfile } from "@/lib/authors/queries";
import { mergeMessage, recentMerge } from "@/lib/taxonomy/notices";

export const metadata: Metadata = { title: "Byline" };

type Props = {
  params: Promise<{ id: string }>;
  searchParams: Promise<Record<string, string | string[] | undefined>>;
};

export default async function AuthorAdminPage({ params, searchParams }: Props) {
  await requirePermission("taxonomy.manage", null);
  const { id } = await params;
  const [profile, merged] = await Promise.all([
    getProfile({ id }),
    (await searchParams).merged ? recentMerge("author.merge", id) : null,
  ]);
  if (!profile) notFound();
  return (
    <>
      <AdminPageTitle title={profile.name} list={{ href: "/admin/authors", label: "Bylines" }} />
      <PageNotice message={merged && mergeMessage(merged, "moved to its byline", "its old address")} />
      <ReaderAddress path={authorPath(profile.slug)} />
      {profile.kind === "STAFF" ? (
        <div className="max-w-xl">
          <ProfileForm profile={profile} defaultName={profile.name} />
        </div>
      ) : (
        <div className="grid max-w-xl gap-10">
          <section aria-labelledby="agency-heading">
            <h2 id="agency-heading" className="mb-3 text-xl font-bold">
              Agency
            </h2>
            <AgencyForm agency={profile} />
          </section>
          <section aria-labelledby="merge-heading">
            <h2 id="merge-heading" className="mb-3 text-xl font-bold">
              Merge into another agency
            </h2>
            <p className="mb-3 max-w-prose text-sm">
              For one agency written two ways (“AP” and “Associated Press”): its stories get the other byline, its
              address leads there, and this one is gone.
            </p>
            <MergeAgencyForm agency={profile} />
          </section>
        </div>
      )}
    </>
  );
}
