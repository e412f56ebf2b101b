import type { Metadata } from "next";
import { AdminPageTitle } from "@/components/admin/AdminPageTitle";
import { InviteForm } from "@/components/admin/InviteForm";
import { requirePermission } from "@/lib/auth/session";

export const metadata: Metadata = { title: "Invite user" };

export default async function InvitePage() {
  await requirePermission("user.manage", null);
  return (
    <>
      <AdminPageTitle title="Invite user" list={{ href: "/admin/users", label: "Users" }} />
      <p className="mb-6 max-w-prose">
        The new colleague gets a one-time link to choose their password. It works for 7 days. Byline sends no mail, so
        copy the link and send it to them yourself.
      </p>
      <InviteForm />
    </>
  );
}
