import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { AdminPageTitle } from "@/components/admin/AdminPageTitle";
import { ProfileForm } from "@/components/staff/ProfileForm";
import { authorPath } from "@/lib/articles/paths";
import { requirePermission } from "@/lib/auth/session";
import { getProfile } from "@/lib/authors/queries";

export const metadata: Metadata = { title: "Byline" };

type Props = { params: Promise<{ id: string }> };

export default async function AuthorAdminPage({ params }: Props) {
  await requirePermission("taxonomy.manage", null);
  const profile = await getProfile({ id: (await params).id });
  if (profile?.kind !== "STAFF") notFound();
  return (
    <>
      <AdminPageTitle title={profile.name} list={{ href: "/admin/authors", label: "Bylines" }} />
      <p className="mb-8 text-sm">
        Readers find it at{" "}
        <Link href={authorPath(profile.slug)} className="underline">
          {authorPath(profile.slug)}
        </Link>
        .
      </p>
      <div className="max-w-xl">
        <ProfileForm profile={profile} defaultName={profile.name} />
      </div>
    </>
  );
}
