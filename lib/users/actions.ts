"use server";

import { revalidatePath } from "next/cache";
import { CredentialsSignin } from "next-auth";
import type { z } from "zod";
import { failure, formValues, invalidInput, refusingGracefully, success } from "@/components/forms/form-results";
import type { FormState } from "@/components/forms/form-state";
import { signIn } from "@/lib/auth/auth";
import { DEFAULT_AFTER_SIGN_IN } from "@/lib/auth/next-path";
import { clientAddress, requirePermission } from "@/lib/auth/session";
import { db } from "@/lib/db";
import { oneTimeLinkMessage } from "@/lib/mail/messages";
import { mailSender } from "@/lib/mail/sender";
import { type AdminResult, changeRole, inviteUser, makeOneTimeLink, setDisabled } from "@/lib/users/admin";
import { linkProblem } from "@/lib/users/link-problems";
import { type OneTimeLinkKind, redeemLink } from "@/lib/users/one-time-links";
import {
  changeRoleSchema,
  inviteSchema,
  redeemLinkSchema,
  setDisabledSchema,
  userActionSchema,
} from "@/lib/users/schema";

/** Turns the result of an admin change into form state, mailing any link it made. */
async function answer(result: AdminResult, values: Record<string, string>): Promise<FormState> {
  if (!result.ok) return failure(result.message, values, result.field ? { [result.field]: result.message } : undefined);
  if (result.link) {
    const { kind, to, url, expiresAt } = result.link;
    await mailSender().send(oneTimeLinkMessage(kind, { to: to.email, name: to.name, link: url, expiresAt }));
  }
  revalidatePath("/admin", "layout");
  return success(result.message, { link: result.link?.url });
}

/** Every admin action: the permission first, then the input, then the change. */
async function adminAction<S extends z.ZodType>(
  formData: FormData,
  fields: readonly string[],
  schema: S,
  change: (
    input: z.infer<S>,
    context: { actor: Awaited<ReturnType<typeof requirePermission>>; ip: string },
  ) => Promise<AdminResult>,
): Promise<FormState> {
  const values = formValues(formData, fields);
  return refusingGracefully(async () => {
    const actor = await requirePermission("user.manage", null);
    const parsed = schema.safeParse(values);
    if (!parsed.success) return invalidInput(parsed.error, values, ["userId", "disabled"]);
    return answer(await change(parsed.data, { actor, ip: await clientAddress() }), values);
  }, values);
}

export async function inviteUserAction(_previous: FormState, formData: FormData): Promise<FormState> {
  return adminAction(formData, ["email", "name", "role"], inviteSchema, (input, context) =>
    inviteUser(db, input, context),
  );
}

export async function changeRoleAction(_previous: FormState, formData: FormData): Promise<FormState> {
  return adminAction(formData, ["userId", "role"], changeRoleSchema, (input, context) =>
    changeRole(db, input, context),
  );
}

export async function setDisabledAction(_previous: FormState, formData: FormData): Promise<FormState> {
  return adminAction(formData, ["userId", "disabled"], setDisabledSchema, (input, context) =>
    setDisabled(db, input, context),
  );
}

export async function makeLinkAction(_previous: FormState, formData: FormData): Promise<FormState> {
  return adminAction(formData, ["userId"], userActionSchema, (input, context) => makeOneTimeLink(db, input, context));
}

/** Sets the password through a one-time link, then signs in with it. */
async function redeem(kind: OneTimeLinkKind, formData: FormData): Promise<FormState> {
  const parsed = redeemLinkSchema.safeParse(formValues(formData, ["token", "password", "confirmPassword"]));
  if (!parsed.success) return invalidInput(parsed.error, {}, ["token"]);
  const result = await redeemLink(db, kind, {
    token: parsed.data.token,
    password: parsed.data.password,
    ip: await clientAddress(),
  });
  if (result.state !== "valid") return failure(linkProblem(kind, result.state));
  try {
    await signIn("credentials", {
      email: result.user.email,
      password: parsed.data.password,
      redirectTo: DEFAULT_AFTER_SIGN_IN,
    });
  } catch (error) {
    // Rare (say, the account was disabled a moment ago): the password is set all the same.
    if (error instanceof CredentialsSignin)
      return success("Your password is set, but you could not be signed in. Try signing in.");
    throw error;
  }
  return success("Your password is set.");
}

/** /invite/[token]: the invitee chooses a password and is signed in. */
export async function acceptInvitationAction(_previous: FormState, formData: FormData): Promise<FormState> {
  return redeem("invitation", formData);
}

/** /reset/[token]: the user chooses a new password and is signed in. */
export async function resetPasswordAction(_previous: FormState, formData: FormData): Promise<FormState> {
  return redeem("reset", formData);
}
