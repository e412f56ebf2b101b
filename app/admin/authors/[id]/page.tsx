import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { z } from "zod";
import { AdminPageTitle } from "@/components/admin/AdminPageTitle";
import { AgencyForm, MergeAgencyForm } from "@/components/admin/AgencyForms";
import { FormMessage } from "@/components/forms/FormMessage";
import { ProfileForm } from "@/components/staff/ProfileForm";
import { authorPath } from "@/lib/articles/paths";
import { recentEventDetails } from "@/lib/audit/queries";
import { requirePermission } from "@/lib/auth/session";
import { getProfile } from "@/lib/authors/queries";

export const metadata: Metadata = { title: "Byline" };

type Props = {
  params: Promise<{ id: string }>;
  searchParams: Promise<Record<string, string | string[] | undefined>>;
};

const mergeSchema = z.object({ name: z.string(), into: z.string(), stories: z.number() });

export default async function AuthorAdminPage({ params, searchParams }: Props) {
  await requirePermission("taxonomy.manage", null);
  const { id } = await params;
  const [profile, merged] = await Promise.all([
    getProfile({ id }),
    (await searchParams).merged ? recentEventDetails("author.merge", id, mergeSchema) : null,
  ]);
  if (!profile) notFound();
  return (
    <>
      <AdminPageTitle title={profile.name} list={{ href: "/admin/authors", label: "Bylines" }} />
      {merged && (
        <div className="mb-6 max-w-prose">
          <FormMessage
            state={{
              status: "success",
              message: `${merged.name} is merged into ${merged.into}: ${merged.stories === 1 ? "1 story" : `${merged.stories} stories`} moved to its byline, and its old address leads here.`,
            }}
          />
        </div>
      )}
      <p className="mb-8 text-sm">
        Readers find it at{" "}
        <Link href={authorPath(profile.slug)} className="underline">
          {authorPath(profile.slug)}
        </Link>
        .
      </p>
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
