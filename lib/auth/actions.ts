"use server";

import { cookies } from "next/headers";
import { redirect } from "next/navigation";
import { AuthError, CredentialsSignin } from "next-auth";
import { z } from "zod";
import { defineFormAction } from "@/lib/actions/define-action";
import { recordAudit } from "@/lib/audit/record";
import { SecondFactorRequired, type SignInStepRefusal, signIn, signOut } from "@/lib/auth/auth";
import { credentialsSchema, signInCodeSchema } from "@/lib/auth/credentials";
import { loginPath, safeNextPath } from "@/lib/auth/next-path";
import { getCurrentSession } from "@/lib/auth/session";
import { askForSignInCode, forgetSignInChallenge, SIGN_IN_CHALLENGE_COOKIE } from "@/lib/auth/sign-in-challenge-cookie";
import { describeWait } from "@/lib/auth/throttle";
import { lockoutRemaining, throttleKeys } from "@/lib/auth/throttle-store";
import { db } from "@/lib/db";
import { signInStorageFailureMessage, storageFailureOf } from "@/lib/db-errors";
import { failure, success } from "@/lib/forms/form-results";
import { endSession } from "@/lib/sessions/store";
import { changeOwnPassword } from "@/lib/users/account";
import { changePasswordSchema } from "@/lib/users/schema";

const WRONG_CREDENTIALS = "Wrong email or password.";

async function lockedMessage(email: string, ip: string): Promise<string> {
  const remaining = await lockoutRemaining(db, throttleKeys(email, ip), new Date());
  return `Too many failed sign-in attempts. Try again in ${describeWait(remaining)}.`;
}

async function refusalMessage(reason: string, email: string, ip: string): Promise<string> {
  switch (reason as SignInStepRefusal) {
    case "locked":
      return lockedMessage(email, ip);
    case "disabled":
      return "This account is disabled. Ask an administrator if you need access.";
    default:
      return WRONG_CREDENTIALS;
  }
}

const TECHNICAL_FAILURE = "Signing in failed for a technical reason. Please try again in a moment.";
const CODE_STEP_EXPIRED = "Your sign-in has expired. Enter your email and password again.";

/**
 * The /login form. On success Auth.js sets the session cookie and this
 * redirects to `next`; for an account with two-factor sign-in it keeps the
 * challenge in a short-lived cookie and goes on to the code step.
 */
export const signInAction = defineFormAction({
  policy: "public",
  fields: ["email", "next"],
  secretFields: ["password"],
  input: credentialsSchema,
  handler: async (credentials, { ip, values }) => {
    try {
      await signIn("credentials", { ...credentials, redirectTo: safeNextPath(values.next) });
    } catch (error) {
      if (error instanceof SecondFactorRequired) {
        await askForSignInCode(error.challenge, values.next || undefined);
      }
      if (error instanceof CredentialsSignin) {
        return failure(await refusalMessage(error.code, credentials.email, ip), values);
      }
      const storageFailure = storageFailureOf(error);
      if (storageFailure) return failure(signInStorageFailureMessage(storageFailure), values);
      if (error instanceof AuthError) {
        console.error("[auth] sign-in failed:", error);
        return failure(TECHNICAL_FAILURE, values);
      }
      throw error; // Next's redirect after a successful sign-in
    }
    return failure(WRONG_CREDENTIALS, values);
  },
});

/** The code step of /login: an authenticator app's code or a recovery code, for the challenge in the cookie. */
export const verifySignInCodeAction = defineFormAction({
  policy: "public",
  fields: ["next"],
  secretFields: ["code"],
  input: z.object({ code: signInCodeSchema }),
  handler: async ({ code }, { values }) => {
    const challenge = (await cookies()).get(SIGN_IN_CHALLENGE_COOKIE)?.value;
    if (!challenge) return failure(CODE_STEP_EXPIRED, values);
    try {
      await signIn("credentials", { challenge, code, redirectTo: safeNextPath(values.next) });
    } catch (error) {
      if (error instanceof CredentialsSignin) {
        const reason = error.code as SignInStepRefusal;
        if (reason === "code-invalid") {
          return failure("That code is not right, or it was used already.", values, {
            code: "That code is not right, or it was used already. Codes change every 30 seconds.",
          });
        }
        await forgetSignInChallenge();
        if (reason === "locked") return failure("Too many failed sign-in attempts. Try again later.", values);
        return failure(CODE_STEP_EXPIRED, values);
      }
      const storageFailure = storageFailureOf(error);
      if (storageFailure) return failure(signInStorageFailureMessage(storageFailure), values);
      if (error instanceof AuthError) {
        console.error("[auth] sign-in failed:", error);
        return failure(TECHNICAL_FAILURE, values);
      }
      await forgetSignInChallenge();
      throw error; // Next's redirect after a successful sign-in
    }
    return failure(CODE_STEP_EXPIRED, values);
  },
});

/** The "Sign out" button of every staff page: ends the session on the server; works for one that already ended too. */
export const signOutAction = defineFormAction({
  policy: "public",
  fields: [],
  input: z.object({}),
  handler: async (_input, { ip }) => {
    const session = await getCurrentSession();
    if (session) {
      const actor = session.user;
      await db.$transaction(async (tx) => {
        await endSession(tx, { userId: actor.id, id: session.id });
        await recordAudit(tx, { action: "auth.signout", actor, targetType: "user", targetId: actor.id, ip });
      });
    }
    await signOut({ redirect: false });
    redirect(loginPath({ reason: "signed-out" }));
  },
});

/** "Change password" on /account: needs the current password; ends every other session. */
export const changePasswordAction = defineFormAction({
  policy: "account.update",
  // A password that may have leaked can be changed before the second factor is set up.
  openBeforeTwoFactor: true,
  fields: [],
  secretFields: ["currentPassword", "password", "confirmPassword"],
  input: changePasswordSchema,
  refreshPage: true,
  handler: async ({ currentPassword, password }, { actor, ip }) => {
    const sessionId = (await getCurrentSession())?.id ?? "";
    const result = await changeOwnPassword(db, {
      userId: actor.id,
      sessionId,
      currentPassword,
      newPassword: password,
      ip,
    });
    if (!result.ok) {
      if (result.reason === "locked") return failure(await lockedMessage(actor.email, ip));
      return failure("Your password was not changed.", {}, { currentPassword: "That is not your current password." });
    }
    return success("Your password is changed. You have been signed out everywhere else.");
  },
});
