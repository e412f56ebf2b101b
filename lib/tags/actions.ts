"use server";

import { defineFormAction, type FormResult } from "@/lib/actions/define-action";
import { db } from "@/lib/db";
import { failure, success } from "@/lib/forms/form-results";
import { deleteTag, mergeTags, renameTag, type TagResult } from "@/lib/tags/admin";
import { deleteTagSchema, mergeTagSchema, renameTagSchema } from "@/lib/tags/schema";

/** A tag change as form state: its message beside the field it is about. */
function answer(result: TagResult, values: Record<string, string>): FormResult {
  if (!result.ok) return failure(result.message, values, result.field ? { [result.field]: result.message } : undefined);
  return { ...success(result.message), revalidate: result.revalidate };
}

export const renameTagAction = defineFormAction({
  policy: "taxonomy.manage",
  fields: ["tagId", "name", "slug"],
  hiddenFields: ["tagId"],
  input: renameTagSchema,
  refreshPage: true,
  handler: async (input, { actor, ip, values }) => answer(await renameTag(db, input, { actor, ip }), values),
});

export const mergeTagAction = defineFormAction({
  policy: "taxonomy.manage",
  fields: ["tagId", "into"],
  hiddenFields: ["tagId"],
  input: mergeTagSchema,
  handler: async (input, { actor, ip, values }) => {
    const result = await mergeTags(db, input, { actor, ip });
    // The merged tag is gone: on to the one it became, whose page says what happened.
    return result.ok
      ? { ...answer(result, values), redirectTo: `/admin/tags/${result.tagId}?merged=1` }
      : answer(result, values);
  },
});

export const deleteTagAction = defineFormAction({
  policy: "taxonomy.manage",
  fields: ["tagId", "confirm"],
  hiddenFields: ["tagId"],
  input: deleteTagSchema,
  handler: async (input, { actor, ip, values }) => {
    const result = await deleteTag(db, input, { actor, ip });
    return result.ok
      ? { ...answer(result, values), redirectTo: `/admin/tags?deleted=${result.tagId}` }
      : answer(result, values);
  },
});
