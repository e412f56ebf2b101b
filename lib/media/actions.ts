"use server";

import { defineAction, defineFormAction, type FormResult } from "@/lib/actions/define-action";
import { db } from "@/lib/db";
import { failure, success } from "@/lib/forms/form-results";
import {
  deleteMedia,
  deleteMediaSchema,
  listMedia,
  type MediaResult,
  mediaFilterSchema,
  updateMedia,
  updateMediaSchema,
} from "@/lib/media/library";

/** A change to the library as form state. Stories keep their own copies of the words: no reader page changes. */
function answer(result: MediaResult, values: Record<string, string>): FormResult {
  return result.ok ? success(result.message) : failure(result.message, values);
}

/** A page of the library for the editor's "Choose from library" dialog. */
export const searchMediaAction = defineAction({
  policy: "media.upload",
  input: mediaFilterSchema,
  handler: async (filter) => ({ ok: true as const, ...(await listMedia(db, filter)) }),
});

export const updateMediaAction = defineFormAction({
  policy: "checked-by-handler",
  fields: ["mediaId", "alt", "caption", "credit"],
  hiddenFields: ["mediaId"],
  input: updateMediaSchema,
  refreshPage: true,
  handler: async (input, { actor, ip, values }) => answer(await updateMedia(db, input, { actor, ip }), values),
});

export const deleteMediaAction = defineFormAction({
  policy: "checked-by-handler",
  fields: ["mediaId", "confirm"],
  hiddenFields: ["mediaId"],
  input: deleteMediaSchema,
  handler: async (input, { actor, ip, values }) => {
    const result = await deleteMedia(db, input, { actor, ip });
    return result.ok
      ? { ...answer(result, values), redirectTo: `/editor/media?deleted=${result.mediaId}` }
      : answer(result, values);
  },
});
