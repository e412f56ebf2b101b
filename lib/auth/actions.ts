"use server";

import { AuthError, CredentialsSignin } from "next-auth";
import { failure, formValues, invalidInput, success } from "@/components/forms/form-results";
import type { FormState } from "@/components/forms/form-state";
import { recordAudit } from "@/lib/audit/record";
import { signIn, signOut } from "@/lib/auth/auth";
import { credentialsSchema, type SignInRefusal } from "@/lib/auth/credentials";
import { loginPath, safeNextPath } from "@/lib/auth/next-path";
import { clientAddress, getCurrentUser, requireUser } from "@/lib/auth/session";
import { describeWait } from "@/lib/auth/throttle";
import { lockoutRemaining, throttleKeys } from "@/lib/auth/throttle-store";
import { db } from "@/lib/db";
import { changeOwnPassword } from "@/lib/users/account";
import { changePasswordSchema } from "@/lib/users/schema";

const WRONG_CREDENTIALS = "Wrong email or password.";

async function lockedMessage(email: string): Promise<string> {
  const remaining = await lockoutRemaining(db, throttleKeys(email, await clientAddress()), new Date());
  return `Too many failed sign-in attempts. Try again in ${describeWait(remaining)}.`;
}

async function refusalMessage(reason: string, email: string): Promise<string> {
  switch (reason as SignInRefusal) {
    case "locked":
      return lockedMessage(email);
    case "disabled":
      return "This account is disabled. Ask an administrator if you need access.";
    default:
      return WRONG_CREDENTIALS;
  }
}

/** The /login form. On success Auth.js sets the session cookie and this redirects to `next`. */
export async function signInAction(_previous: FormState, formData: FormData): Promise<FormState> {
  const values = formValues(formData, ["email"]);
  const parsed = credentialsSchema.safeParse({ email: formData.get("email"), password: formData.get("password") });
  if (!parsed.success) return invalidInput(parsed.error, values);
  try {
    await signIn("credentials", { ...parsed.data, redirectTo: safeNextPath(formValues(formData, ["next"]).next) });
  } catch (error) {
    if (error instanceof CredentialsSignin) return failure(await refusalMessage(error.code, parsed.data.email), values);
    if (error instanceof AuthError) {
      console.error("[auth] sign-in failed:", error);
      return failure("Signing in failed for a technical reason. Please try again in a moment.", values);
    }
    throw error; // Next's redirect after a successful sign-in
  }
  return failure(WRONG_CREDENTIALS, values);
}

/** The "Sign out" button of every staff page. */
export async function signOutAction(): Promise<void> {
  const user = await getCurrentUser();
  if (user) {
    const ip = await clientAddress();
    await db.$transaction((tx) =>
      recordAudit(tx, { action: "auth.signout", actor: user, targetType: "user", targetId: user.id, ip }),
    );
  }
  await signOut({ redirectTo: loginPath({ reason: "signed-out" }) });
}

/** "Change password" on /account: needs the current password; ends every other session. */
export async function changePasswordAction(_previous: FormState, formData: FormData): Promise<FormState> {
  const user = await requireUser();
  const parsed = changePasswordSchema.safeParse(
    formValues(formData, ["currentPassword", "password", "confirmPassword"]),
  );
  if (!parsed.success) return invalidInput(parsed.error, {});

  const result = await changeOwnPassword(db, {
    userId: user.id,
    currentPassword: parsed.data.currentPassword,
    newPassword: parsed.data.password,
    ip: await clientAddress(),
  });
  if (!result.ok) {
    if (result.reason === "locked") return failure(await lockedMessage(user.email));
    return failure("Your password was not changed.", {}, { currentPassword: "That is not your current password." });
  }
  // The change ended every session, this one too: sign in again under the new password.
  await signIn("credentials", { email: user.email, password: parsed.data.password, redirect: false });
  return success("Your password is changed. You have been signed out everywhere else.");
}
