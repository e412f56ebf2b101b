import type { Metadata } from "next";
import Link from "next/link";
import { InviteForm } from "@/components/admin/InviteForm";
import { requirePermission } from "@/lib/auth/session";

export const metadata: Metadata = { title: "Invite user" };

export default async function InvitePage() {
  await requirePermission("user.manage", null);
  return (
    <>
      <p className="mb-2 text-sm">
        <Link href="/admin/users" className="underline">
          Users
        </Link>
      </p>
      <h1 className="mb-2 font-serif text-3xl font-bold">Invite user</h1>
      <p className="mb-6 max-w-prose">
        The new colleague gets a one-time link to choose their password. It works for 7 days. Byline sends no mail, so copy the link and send it to them yourself.
      </p>
      <InviteForm />
    </>
  );
}
