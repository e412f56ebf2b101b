"use server";

import { z } from "zod";
import { defineFormAction } from "@/lib/actions/define-action";
import { getCurrentSession } from "@/lib/auth/session";
import { describeWait } from "@/lib/auth/throttle";
import { lockoutRemaining, throttleKeys } from "@/lib/auth/throttle-store";
import { db } from "@/lib/db";
import { failure, success } from "@/lib/forms/form-results";
import { cancelEnrolment, confirmEnrolment, startEnrolment, turnOffTwoFactor } from "@/lib/two-factor/enrolment";
import { setupCodeSchema, turnOffSchema } from "@/lib/two-factor/schema";

// The "Two-factor authentication" section of /account. Open to a user whose
// role requires two-factor sign-in before they have set it up: this is where they do.

const ALREADY_ON = "Two-factor authentication is already on.";

/** "Set up two-factor authentication": makes a secret; the page then shows its QR code and setup key. */
export const startTwoFactorSetupAction = defineFormAction({
  policy: "account.update",
  openBeforeTwoFactor: true,
  fields: [],
  input: z.object({}),
  refreshPage: true,
  handler: async (_input, { actor }) => {
    const result = await startEnrolment(db, actor.id);
    return result.ok ? success("Scan the QR code with your authenticator app.") : failure(ALREADY_ON);
  },
});

/** "Verify": turns two-factor sign-in on, and answers the recovery codes to show once. */
export const verifyTwoFactorSetupAction = defineFormAction({
  policy: "account.update",
  openBeforeTwoFactor: true,
  fields: ["code"],
  input: setupCodeSchema,
  handler: async ({ code }, { actor, ip, values }) => {
    const sessionId = (await getCurrentSession())?.id;
    const result = await confirmEnrolment(db, { userId: actor.id, code, ip, sessionId });
    if (result.ok) {
      return { ...success("Two-factor authentication is on."), codes: result.recoveryCodes };
    }
    switch (result.reason) {
      case "already-on":
        return failure(ALREADY_ON);
      case "not-started":
        return failure("This set-up has ended. Reload the page and start again.");
      default:
        return failure("Two-factor authentication is not on yet.", values, {
          code: "That code is not right. Check the time on your phone, then enter the code it shows now.",
        });
    }
  },
});

/** "Cancel": forgets the secret of a set-up that was not finished. */
export const cancelTwoFactorSetupAction = defineFormAction({
  policy: "account.update",
  openBeforeTwoFactor: true,
  fields: [],
  input: z.object({}),
  refreshPage: true,
  handler: async (_input, { actor }) => {
    await cancelEnrolment(db, actor.id);
    return success("Set-up cancelled.");
  },
});

/** "Turn off two-factor authentication": needs the current password and a code. */
export const turnOffTwoFactorAction = defineFormAction({
  policy: "account.update",
  openBeforeTwoFactor: true,
  fields: [],
  secretFields: ["currentPassword", "code"],
  input: turnOffSchema,
  refreshPage: true,
  handler: async ({ currentPassword, code }, { actor, ip }) => {
    const result = await turnOffTwoFactor(db, { userId: actor.id, password: currentPassword, code, ip });
    if (result.ok) return success("Two-factor authentication is off.");
    switch (result.reason) {
      case "not-on":
        return failure("Two-factor authentication is already off.");
      case "locked": {
        const remaining = await lockoutRemaining(db, throttleKeys(actor.email, ip), new Date());
        return failure(`Too many failed attempts. Try again in ${describeWait(remaining)}.`);
      }
      case "wrong-password":
        return failure(
          "Two-factor authentication is still on.",
          {},
          { currentPassword: "That is not your current password." },
        );
      default:
        return failure(
          "Two-factor authentication is still on.",
          {},
          { code: "That code is not right, or was used already." },
        );
    }
  },
});
