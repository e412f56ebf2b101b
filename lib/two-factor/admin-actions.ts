"use server";

import { defineFormAction } from "@/lib/actions/define-action";
import { getCurrentSession } from "@/lib/auth/session";
import { db } from "@/lib/db";
import { failure, success } from "@/lib/forms/form-results";
import { resetTwoFactor } from "@/lib/two-factor/admin-reset";
import { userActionSchema } from "@/lib/users/schema";

/** "Reset two-factor authentication" on a user's admin page. */
export const resetTwoFactorAction = defineFormAction({
  policy: "user.manage",
  fields: ["userId"],
  hiddenFields: ["userId"],
  input: userActionSchema,
  refreshPage: true,
  handler: async (input, { actor, ip, values }) => {
    const currentSessionId = (await getCurrentSession())?.id ?? "";
    const result = await resetTwoFactor(db, input, { actor, currentSessionId, ip });
    return result.ok ? success(result.message) : failure(result.message, values);
  },
});
