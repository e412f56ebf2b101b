import { getCurrentSession } from "@/lib/auth/session";
import { ROLE_LABELS } from "@/lib/users/fields";

/** The top of /account for a user whose role requires two-factor sign-in they have not set up: why they are here. */
export async function TwoFactorRequiredNotice() {
  const session = await getCurrentSession();
  if (!session?.mustSetUpTwoFactor) return null;
  return (
    <div className="mb-8 max-w-prose rounded border-2 border-amber-700 bg-amber-50 px-4 py-3 text-amber-950 dark:border-amber-300 dark:bg-amber-950 dark:text-amber-50">
      <h2 className="font-bold">Set up two-factor authentication to continue</h2>
      <p>
        Your role ({ROLE_LABELS[session.user.role]}) requires two-factor authentication. Until it is set up, only this
        page is open to you.{" "}
        <a href="#two-factor" className="font-semibold underline">
          Set it up below
        </a>
        .
      </p>
    </div>
  );
}
