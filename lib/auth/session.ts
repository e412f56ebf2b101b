import "server-only";
import { headers } from "next/headers";
import { forbidden, redirect } from "next/navigation";
import { cache } from "react";
import { auth } from "@/lib/auth/auth";
import { addressFromHeaders } from "@/lib/auth/client-address";
import { loginPath, safeNextPathOrNone } from "@/lib/auth/next-path";
import { type Action, can } from "@/lib/auth/policy";
import { PATH_HEADER } from "@/lib/auth/request-path";
import { findSessionUser, type SessionUser } from "@/lib/auth/session-user";
import { db } from "@/lib/db";

export type { SessionUser } from "@/lib/auth/session-user";

const readSession = cache(() => auth());

/**
 * The signed-in user, re-checked against the database on every request: the
 * account must exist, be active, and still be on the session version the
 * token was issued under (a role change, a disable or a new password bumps
 * it). Null for anonymous visitors and for sessions that no longer count.
 */
export const getCurrentUser = cache(async (): Promise<SessionUser | null> => {
  const session = await readSession();
  if (!session?.user?.id) return null;
  return findSessionUser(db, { id: session.user.id, sessionVersion: session.user.sessionVersion });
});

/**
 * For staff pages and server actions. Anonymous visitors go to /login and
 * come back afterwards; a session that no longer counts is ended first, so
 * the user sees why they have to sign in again.
 */
export async function requireUser(): Promise<SessionUser> {
  const user = await getCurrentUser();
  if (user) return user;
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
