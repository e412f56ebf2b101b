"use server";

import { defineFormAction, type FormResult } from "@/lib/actions/define-action";
import { type AgencyResult, mergeAgencies, updateAgency } from "@/lib/authors/agencies";
import { saveProfile } from "@/lib/authors/profile";
import { agencySchema, mergeAgencySchema, profileSchema } from "@/lib/authors/schema";
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

function agencyAnswer(result: AgencyResult, values: Record<string, string>): FormResult {
  if (!result.ok) return failure(result.message, values, result.field ? { [result.field]: result.message } : undefined);
  return { ...success(result.message), revalidate: result.revalidate };
}

export const saveAgencyAction = defineFormAction({
  policy: "taxonomy.manage",
  fields: ["authorId", "name", "bio", "url"],
  hiddenFields: ["authorId"],
  input: agencySchema,
  refreshPage: true,
  handler: async (input, { actor, ip, values }) => agencyAnswer(await updateAgency(db, input, { actor, ip }), values),
});

export const mergeAgencyAction = defineFormAction({
  policy: "taxonomy.manage",
  fields: ["authorId", "into"],
  hiddenFields: ["authorId"],
  input: mergeAgencySchema,
  handler: async (input, { actor, ip, values }) => {
    const result = await mergeAgencies(db, input, { actor, ip });
    // The merged agency is gone: on to the one it became, whose page says what happened.
    return result.ok
      ? { ...agencyAnswer(result, values), redirectTo: `/admin/authors/${result.authorId}?merged=1` }
      : agencyAnswer(result, values);
  },
});
