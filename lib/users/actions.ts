"use server";

import { CredentialsSignin } from "next-auth";
import { defineFormAction, type FormResult } from "@/lib/actions/define-action";
import { SecondFactorRequired, signIn } from "@/lib/auth/auth";
import { DEFAULT_AFTER_SIGN_IN } from "@/lib/auth/next-path";
import { askForSignInCode } from "@/lib/auth/sign-in-challenge-cookie";
import { db } from "@/lib/db";
import { failure, success } from "@/lib/forms/form-results";
import { oneTimeLinkMessage } from "@/lib/mail/messages";
import { mailSender } from "@/lib/mail/sender";
import { readSiteSettings } from "@/lib/settings/queries";
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
async function answer(result: AdminResult, values: Record<string, string>): Promise<FormResult> {
  if (!result.ok) return failure(result.message, values, result.field ? { [result.field]: result.message } : undefined);
  if (result.link) {
    const { kind, to, url, expiresAt } = result.link;
    const site = await readSiteSettings();
    await mailSender().send(oneTimeLinkMessage(kind, { to: to.email, name: to.name, link: url, expiresAt, site }));
  }
  return success(result.message, { link: result.link?.url });
}

const HIDDEN = ["userId", "disabled"];

export const inviteUserAction = defineFormAction({
  policy: "user.manage",
  fields: ["email", "name", "role"],
  input: inviteSchema,
  refreshPage: true,
  handler: async (input, { actor, ip, values }) => answer(await inviteUser(db, input, { actor, ip }), values),
});

export const changeRoleAction = defineFormAction({
  policy: "user.manage",
  fields: ["userId", "role"],
  hiddenFields: HIDDEN,
  input: changeRoleSchema,
  refreshPage: true,
  handler: async (input, { actor, ip, values }) => answer(await changeRole(db, input, { actor, ip }), values),
});

export const setDisabledAction = defineFormAction({
  policy: "user.manage",
  fields: ["userId", "disabled"],
  hiddenFields: HIDDEN,
  input: setDisabledSchema,
  refreshPage: true,
  handler: async (input, { actor, ip, values }) => answer(await setDisabled(db, input, { actor, ip }), values),
});

export const makeLinkAction = defineFormAction({
  policy: "user.manage",
  fields: ["userId"],
  hiddenFields: HIDDEN,
  input: userActionSchema,
  refreshPage: true,
  handler: async (input, { actor, ip, values }) => answer(await makeOneTimeLink(db, input, { actor, ip }), values),
});

/** Sets the password through a one-time link, then signs in with it. */
function redeemAction(kind: OneTimeLinkKind) {
  return defineFormAction({
    policy: "public",
    fields: [],
    // The token is a secret like the password: it is never sent back.
    secretFields: ["token", "password", "confirmPassword"],
    hiddenFields: ["token"],
    input: redeemLinkSchema,
    handler: async ({ token, password }, { ip }) => {
      const result = await redeemLink(db, kind, { token, password, ip });
      if (result.state !== "valid") return failure(linkProblem(kind, result));
      try {
        await signIn("credentials", { email: result.user.email, password, redirectTo: DEFAULT_AFTER_SIGN_IN });
      } catch (error) {
        // A reset password of an account with two-factor sign-in: the code step follows, as at /login.
        if (error instanceof SecondFactorRequired) await askForSignInCode(error.challenge);
        // Rare (say, the account was disabled a moment ago): the password is set all the same.
        if (error instanceof CredentialsSignin) {
          return success("Your password is set, but you could not be signed in. Try signing in.");
        }
        throw error;
      }
      return success("Your password is set.");
    },
  });
}

/** /invite/[token]: the invitee chooses a password and is signed in. */
export const acceptInvitationAction = redeemAction("invitation");

/** /reset/[token]: the user chooses a new password and is signed in. */
export const resetPasswordAction = redeemAction("reset");
