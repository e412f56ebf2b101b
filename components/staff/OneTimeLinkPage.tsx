import type { Metadata } from "next";
import Link from "next/link";
import { AuthCard } from "@/components/staff/AuthCard";
import { SetPasswordForm } from "@/components/staff/SetPasswordForm";
import { clientAddress } from "@/lib/auth/session";
import { siteInfo } from "@/lib/seo/site";
import { acceptInvitationAction, resetPasswordAction } from "@/lib/users/actions";
import { linkProblem } from "@/lib/users/link-problems";
import { type OneTimeLinkKind, openLink } from "@/lib/users/one-time-links";

/** /invite/[token] and /reset/[token]: a form to choose a password, or why the link cannot be used. */
export async function OneTimeLinkPage({ kind, token }: { kind: OneTimeLinkKind; token: string }) {
  const check = await openLink(kind, token, { ip: await clientAddress() });
  const invitation = kind === "invitation";
  if (check.state !== "valid") {
    return (
      <AuthCard title={invitation ? "This invitation cannot be used" : "This link cannot be used"}>
        <p className="mb-6 text-lg">{linkProblem(kind, check)}</p>
        <Link href="/login" className="font-semibold underline">
          Go to sign in
        </Link>
      </AuthCard>
    );
  }
  return (
    <AuthCard title={invitation ? `Welcome to ${(await siteInfo()).name}` : "Choose a new password"}>
      <p className="mb-6">
        {invitation
          ? `Hello ${check.user.name}. Choose a password for ${check.user.email} to join the newsroom.`
          : `Choose a new password for ${check.user.email}.`}
      </p>
      <SetPasswordForm token={token} action={invitation ? acceptInvitationAction : resetPasswordAction} />
    </AuthCard>
  );
}

/**
 * The metadata of /invite/[token] or /reset/[token]. The token is a secret:
 * it is kept out of search engines and out of Referer headers.
 */
export function oneTimeLinkMetadata(kind: OneTimeLinkKind): Metadata {
  return {
    title: kind === "invitation" ? "Accept invitation" : "Reset password",
    robots: { index: false },
    referrer: "no-referrer",
  };
}
