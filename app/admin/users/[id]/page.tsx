import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { SessionsTable, sessionRows } from "@/components/account/SessionsTable";
import { AdminPageTitle } from "@/components/admin/AdminPageTitle";
import {
  AccessForm,
  EndSessionsForm,
  OneTimeLinkForm,
  ResetTwoFactorForm,
  RoleForm,
} from "@/components/admin/UserForms";
import { PublicationTime } from "@/components/site/PublicationTime";
import { getCurrentSession, requirePermission } from "@/lib/auth/session";
import { db } from "@/lib/db";
import { siteInfo } from "@/lib/seo/site";
import { listActiveSessions } from "@/lib/sessions/store";
import { ROLE_LABELS, STATUS_LABELS } from "@/lib/users/fields";
import { getUserDetails, isLastActiveAdmin } from "@/lib/users/queries";

export const metadata: Metadata = { title: "User" };

type Props = { params: Promise<{ id: string }> };

export default async function UserPage({ params }: Props) {
  const actor = await requirePermission("user.manage", null);
  const user = await getUserDetails((await params).id);
  if (!user) notFound();
  const twoFactorSince = user.twoFactorEnabledAt;
  const [lastAdmin, sessions, current, { timeZone }] = await Promise.all([
    isLastActiveAdmin(user),
    listActiveSessions(db, user.id),
    getCurrentSession(),
    siteInfo(),
  ]);
  const self = user.id === actor.id;

  return (
    <>
      <AdminPageTitle title={user.name} list={{ href: "/admin/users", label: "Users" }} />
      <dl className="mb-8 grid max-w-xl grid-cols-[auto_1fr] gap-x-6 gap-y-2">
        <dt className="font-semibold">Email</dt>
        <dd>{user.email}</dd>
        <dt className="font-semibold">Role</dt>
        <dd>{ROLE_LABELS[user.role]}</dd>
        <dt className="font-semibold">Status</dt>
        <dd>{STATUS_LABELS[user.status]}</dd>
        <dt className="font-semibold">Last sign-in</dt>
        <dd>{user.lastSignInAt ? <PublicationTime date={user.lastSignInAt} withTime /> : "Never"}</dd>
        <dt className="font-semibold">Byline</dt>
        <dd>{user.author?.name ?? "None"}</dd>
        <dt className="font-semibold">Two-factor authentication</dt>
        <dd>
          {twoFactorSince ? (
            <>
              On since <PublicationTime date={twoFactorSince} withTime />
            </>
          ) : (
            "Off"
          )}
        </dd>
      </dl>

      {lastAdmin && (
        <p className="mb-8 max-w-prose rounded border border-amber-700 bg-amber-50 px-3 py-2 dark:border-amber-300 dark:bg-amber-950">
          {self ? "You are" : `${user.name} is`} the last active admin. Someone must always be able to run the newsroom,
          so this account cannot be demoted or disabled until another user is an admin.
        </p>
      )}

      <div className="grid max-w-3xl gap-10">
        <section aria-labelledby="role-heading">
          <h2 id="role-heading" className="mb-3 text-xl font-bold">
            Role
          </h2>
          <RoleForm userId={user.id} role={user.role} />
        </section>
        <section aria-labelledby="access-heading">
          <h2 id="access-heading" className="mb-3 text-xl font-bold">
            Access
          </h2>
          <p className="mb-3 max-w-prose text-sm">
            Disabling signs the user out at once and keeps them out; their stories and bylines stay.
          </p>
          <AccessForm userId={user.id} disabled={user.status === "DISABLED"} />
        </section>
        <section aria-labelledby="sessions-heading">
          <h2 id="sessions-heading" className="mb-3 text-xl font-bold">
            Sessions
          </h2>
          <SessionsTable
            rows={sessionRows(sessions, { currentSessionId: current?.id ?? null, timeZone })}
            caption={`${user.name}'s active sessions`}
          />
          <div className="mt-3">
            <EndSessionsForm userId={user.id} />
          </div>
        </section>
        {twoFactorSince && (
          <section aria-labelledby="two-factor-heading">
            <h2 id="two-factor-heading" className="mb-3 text-xl font-bold">
              Two-factor authentication
            </h2>
            <p className="mb-3 max-w-prose text-sm">
              For someone who lost their authenticator and their recovery codes. Resetting signs them out everywhere;
              they sign in with their password alone until they set it up again.
            </p>
            <ResetTwoFactorForm userId={user.id} />
          </section>
        )}
        {user.status !== "DISABLED" && (
          <section aria-labelledby="link-heading">
            <h2 id="link-heading" className="mb-3 text-xl font-bold">
              {user.status === "INVITED" ? "Invitation" : "Password"}
            </h2>
            <OneTimeLinkForm userId={user.id} invited={user.status === "INVITED"} />
          </section>
        )}
      </div>
    </>
  );
}
