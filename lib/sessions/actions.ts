"use server";

import { z } from "zod";
import { defineFormAction } from "@/lib/actions/define-action";
import { getCurrentSession, type SessionUser } from "@/lib/auth/session";
import { db } from "@/lib/db";
import { failure, success } from "@/lib/forms/form-results";
import { endAllSessionsOf, endOwnOtherSessions, endOwnSession, type SessionsResult } from "@/lib/sessions/manage";
import { endSessionSchema } from "@/lib/sessions/schema";
import { userActionSchema } from "@/lib/users/schema";

/** The actor, the session they are using (never ended by these actions) and their address. */
async function sessionsContext({ actor, ip }: { actor: SessionUser; ip: string }) {
  return { actor, ip, currentSessionId: (await getCurrentSession())?.id ?? "" };
}

function answer(result: SessionsResult, values: Record<string, string>) {
  return result.ok ? success(result.message) : failure(result.message, values);
}

/** "Sign out" beside one of your other sessions on /account; open before two-factor set-up, like signing out. */
export const endSessionAction = defineFormAction({
  policy: "account.update",
  fields: ["sessionId"],
  hiddenFields: ["sessionId"],
  input: endSessionSchema,
  refreshPage: true,
  openBeforeTwoFactor: true,
  handler: async (input, context) =>
    answer(await endOwnSession(db, input, await sessionsContext(context)), context.values),
});

/** "Sign out everywhere else" on /account. */
export const endOtherSessionsAction = defineFormAction({
  policy: "account.update",
  fields: [],
  input: z.object({}),
  refreshPage: true,
  openBeforeTwoFactor: true,
  handler: async (_input, context) => answer(await endOwnOtherSessions(db, await sessionsContext(context)), {}),
});

/** "End all sessions" on a user's admin page. */
export const endUserSessionsAction = defineFormAction({
  policy: "user.manage",
  fields: ["userId"],
  hiddenFields: ["userId"],
  input: userActionSchema,
  refreshPage: true,
  handler: async (input, context) =>
    answer(await endAllSessionsOf(db, input, await sessionsContext(context)), context.values),
});
