"use server";

import { redirect } from "next/navigation";
import { AuthError, CredentialsSignin } from "next-auth";
import { z } from "zod";
import { defineFormAction } from "@/lib/actions/define-action";
import { recordAudit } from "@/lib/audit/record";
import { signIn, signOut } from "@/lib/auth/auth";
import { credentialsSchema, type SignInRefusal } from "@/lib/auth/credentials";
import { loginPath, safeNextPath } from "@/lib/auth/next-path";
import { describeWait } from "@/lib/auth/throttle";
import { lockoutRemaining, throttleKeys } from "@/lib/auth/throttle-store";
import { db } from "@/lib/db";
import { failure, success } from "@/lib/forms/form-results";
import { changeOwnPassword } from "@/lib/users/account";
import { changePasswordSchema } from "@/lib/users/schema";

const WRONG_CREDENTIALS = "Wrong email or password.";

async function lockedMessage(email: string, ip: string): Promise<string> {
  const remaining = await lockoutRemaining(db, throttleKeys(email, ip), new Date());
  return `Too many failed sign-in attempts. Try again in ${describeWait(remaining)}.`;
}

async function refusalMessage(reason: string, email: string, ip: string): Promise<string> {
  switch (reason as SignInRefusal) {
    case "locked":
      return lockedMessage(email, ip);
    case "disabled":
      return "This account is disabled. Ask an administrator if you need access.";
    default:
      return WRONG_CREDENTIALS;
  }
}

/** The /login form. On success Auth.js sets the session cookie and this redirects to `next`. */
export const signInAction = defineFormAction({
  policy: "public",
  fields: ["email", "next"],
  secretFields: ["password"],
  input: credentialsSchema,
  handler: async (credentials, { ip, values }) => {
    try {
      await signIn("credentials", { ...credentials, redirectTo: safeNextPath(values.next) });
    } catch (error) {
      if (error instanceof CredentialsSignin) {
        return failure(await refusalMessage(error.code, credentials.email, ip), values);
      }
      if (error instanceof AuthError) {
        console.error("[auth] sign-in failed:", error);
        return failure("Signing in failed for a technical reason. Please try again in a moment.", values);
      }
      throw error; // Next's redirect after a successful sign-in
    }
    return failure(WRONG_CREDENTIALS, values);
  },
});

/** The "Sign out" button of every staff page; works for a session that already ended too. */
export const signOutAction = defineFormAction({
  policy: "public",
  fields: [],
  input: z.object({}),
  handler: async (_input, { actor, ip }) => {
    if (actor) {
      await db.$transaction((tx) =>
        recordAudit(tx, { action: "auth.signout", actor, targetType: "user", targetId: actor.id, ip }),
      );
    }
    await signOut({ redirect: false });
    redirect(loginPath({ reason: "signed-out" }));
  },
});

/** "Change password" on /account: needs the current password; ends every other session. */
export const changePasswordAction = defineFormAction({
  policy: "account.update",
  fields: [],
  secretFields: ["currentPassword", "password", "confirmPassword"],
  input: changePasswordSchema,
  handler: async ({ currentPassword, password }, { actor, ip }) => {
    const result = await changeOwnPassword(db, { userId: actor.id, currentPassword, newPassword: password, ip });
    if (!result.ok) {
      if (result.reason === "locked") return failure(await lockedMessage(actor.email, ip));
      return failure("Your password was not changed.", {}, { currentPassword: "That is not your current password." });
    }
    // The change ended every session, this one too: sign in again under the new password.
    await signIn("credentials", { email: actor.email, password, redirect: false });
    return success("Your password is changed. You have been signed out everywhere else.");
  },
});
