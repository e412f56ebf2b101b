import "server-only";
import { headers } from "next/headers";
import { forbidden, redirect } from "next/navigation";
import { cache } from "react";
import { auth } from "@/lib/auth/auth";
import { addressFromHeaders } from "@/lib/auth/client-address";
import { loginPath, safeNextPathOrNone } from "@/lib/auth/next-path";
import { type Action, can } from "@/lib/auth/policy";
import { PATH_HEADER } from "@/lib/auth/request-path";
import type { SessionUser } from "@/lib/auth/session-user";
import { db } from "@/lib/db";
import { findLiveSession } from "@/lib/sessions/store";
import { mustSetUpTwoFactor } from "@/lib/two-factor/requirement";

export type { SessionUser } from "@/lib/auth/session-user";

/** Where a user whose role requires two-factor sign-in is sent until they have set it up. */
export const TWO_FACTOR_SETUP_PATH = "/account?two-factor=required";

const readSession = cache(() => auth());

/** This request's session, if its cookie names one that still counts (lib/sessions/store.ts). */
export type CurrentSession = {
  id: string;
  user: SessionUser;
  twoFactorEnabled: boolean;
  /** The user's role requires a second factor they have not set up: only /account and signing out are open. */
  mustSetUpTwoFactor: boolean;
};

export const getCurrentSession = cache(async (): Promise<CurrentSession | null> => {
  const session = await readSession();
  if (!session?.sessionId) return null;
  const live = await findLiveSession(db, session.sessionId);
  if (!live) return null;
  const { twoFactorEnabled, ...user } = live.user;
  return {
    id: live.id,
    user,
    twoFactorEnabled,
    mustSetUpTwoFactor: await mustSetUpTwoFactor(db, live.user),
  };
});

/**
 * The signed-in user, re-checked against the database on every request: the
 * session row must exist and be within its lifetime, and the account must be
 * active. Null for anonymous visitors and for sessions that no longer count.
 */
export const getCurrentUser = cache(async (): Promise<SessionUser | null> => {
  return (await getCurrentSession())?.user ?? null;
});

/**
 * For staff pages. Anonymous visitors go to /login and come back afterwards;
 * a session that no longer counts is ended first, so the user sees why they
 * have to sign in again. A user who must still set up two-factor sign-in is
 * sent to do that, except from the page where it is done and from the staff
 * header around it (`openBeforeTwoFactor`).
 */
export async function requireUser({ openBeforeTwoFactor = false } = {}): Promise<SessionUser> {
  const current = await getCurrentSession();
  if (current) {
    if (current.mustSetUpTwoFactor && !openBeforeTwoFactor) redirect(TWO_FACTOR_SETUP_PATH);
    return current.user;
  }
  const next = safeNextPathOrNone((await headers()).get(PATH_HEADER));
  const session = await readSession();
  if (session?.user) {
    const query = next ? `?${new URLSearchParams({ next })}` : "";
    redirect(`/login/session-ended${query}`);
  }
  redirect(loginPath({ next }));
}

/**
 * For staff pages: requireUser() plus the policy check. Without the right,
 * the page renders the 403 page (app/forbidden.tsx). Server actions check
 * the policy in lib/actions/define-action.ts instead, which answers with a message.
 */
export async function requirePermission<A extends Action>(
  action: A,
  resource: Parameters<typeof can<A>>[2],
): Promise<SessionUser> {
  const user = await requireUser();
  if (!can(user, action, resource)) forbidden();
  return user;
}

/** The requester's IP address, for audit events and throttling (see TRUST_PROXY in the README). */
export async function clientAddress(): Promise<string> {
  return addressFromHeaders(await headers());
}
