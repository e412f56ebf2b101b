import type { Metadata } from "next";
import Link from "next/link";
import { SessionsSection } from "@/components/account/SessionsSection";
import { TwoFactorRequiredNotice } from "@/components/account/TwoFactorRequiredNotice";
import { TwoFactorSection } from "@/components/account/TwoFactorSection";
import { ChangePasswordForm } from "@/components/staff/ChangePasswordForm";
import { ProfileForm } from "@/components/staff/ProfileForm";
import { StaffShell } from "@/components/staff/StaffShell";
import { authorPath } from "@/lib/articles/paths";
import { getCurrentSession, requireUser } from "@/lib/auth/session";
import { getProfile } from "@/lib/authors/queries";
import { ROLE_LABELS } from "@/lib/users/fields";
import { getUserDetails } from "@/lib/users/queries";

export const metadata: Metadata = { title: "Your account", robots: { index: false } };

export default async function AccountPage() {
  // The one staff page open to a user who must still set up two-factor sign-in: it is where they do it.
  const user = await requireUser({ openBeforeTwoFactor: true });
  const [account, profile, session] = await Promise.all([
    getUserDetails(user.id),
    getProfile({ userId: user.id }),
    getCurrentSession(),
  ]);
  return (
    <StaffShell>
      <h1 className="mb-6 font-serif text-3xl font-bold">Your account</h1>
      <TwoFactorRequiredNotice />
      <dl className="mb-10 grid max-w-xl grid-cols-[auto_1fr] gap-x-6 gap-y-2">
        <dt className="font-semibold">Name</dt>
        <dd>{user.name}</dd>
        <dt className="font-semibold">Email</dt>
        <dd>{user.email}</dd>
        <dt className="font-semibold">Role</dt>
        <dd>{ROLE_LABELS[user.role]}</dd>
        <dt className="font-semibold">Byline</dt>
        <dd>
          {account?.author ? (
            <Link href={authorPath(account.author.slug)} className="underline">
              {account.author.name}
            </Link>
          ) : (
            "None yet"
          )}
        </dd>
      </dl>
      <section aria-labelledby="profile-heading" className="mb-10 max-w-xl">
        <h2 id="profile-heading" className="mb-2 text-xl font-bold">
          Your byline
        </h2>
        <p className="mb-4 text-sm">
          {profile
            ? "Readers see this on your author page and beside your stories."
            : "You have no byline yet: saving this makes one, with its own author page."}
        </p>
        <ProfileForm profile={profile} defaultName={user.name} />
      </section>
      <TwoFactorSection userId={user.id} />
      <SessionsSection userId={user.id} currentSessionId={session?.id ?? ""} />
      <section aria-labelledby="change-password-heading">
        <h2 id="change-password-heading" className="mb-4 text-xl font-bold">
          Change password
        </h2>
        <ChangePasswordForm />
      </section>
    </StaffShell>
  );
}
