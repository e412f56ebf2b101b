"use server";

import { defineFormAction } from "@/lib/actions/define-action";
import { saveProfile } from "@/lib/authors/profile";
import { profileSchema } from "@/lib/authors/schema";
import { db } from "@/lib/db";
import { failure, success } from "@/lib/forms/form-results";

export const saveProfileAction = defineFormAction({
  // Whose profile it is decides: saveProfile asks the policy about the byline it loads.
  policy: "checked-by-handler",
  fields: ["authorId", "name", "jobTitle", "bio", "photoMediaId", "photoCredit", "links"],
  hiddenFields: ["authorId"],
  input: profileSchema,
  refreshPage: true,
  handler: async (input, { actor, ip, values }) => {
    const result = await saveProfile(db, input, { actor, ip });
    if (!result.ok)
      return failure(result.message, values, result.field ? { [result.field]: result.message } : undefined);
    return { ...success(result.message), revalidate: result.revalidate };
  },
});
