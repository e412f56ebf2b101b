"use server";

import { z } from "zod";
import { defineAction } from "@/lib/actions/define-action";
import { autosaveArticle, autosaveRequestSchema } from "@/lib/articles/autosave";
import { deleteArticle } from "@/lib/articles/delete";
import { searchStoriesByHeadline } from "@/lib/articles/editor-queries";
import { discardPendingDraft, discardRequestSchema } from "@/lib/articles/pending-draft";
import { deleteRequestSchema } from "@/lib/articles/schema";
import { wireStoryToForm } from "@/lib/articles/wire-paste";
import { WIRE_LIMITS } from "@/lib/content/wire";
import { db } from "@/lib/db";

// The story editor's server actions; its save and its corrections are JSON
// routes (lib/articles/save-route.ts, correction-route.ts). Autosaves and
// deletes ask the policy about the story they load inside their transaction.

/** The editor's autosave, a few seconds after typing stops: never publishes (lib/articles/autosave.ts). */
export const autosaveStory = defineAction({
  policy: "checked-by-handler",
  input: autosaveRequestSchema,
  handler: (request, { actor, ip }) => autosaveArticle(db, actor, request, { ip }),
});

/** "Discard" on a live story's autosaved changes that are not live yet. */
export const discardAutosavedChanges = defineAction({
  policy: "checked-by-handler",
  input: discardRequestSchema,
  handler: (request, { actor }) => discardPendingDraft(db, actor, request),
});

export const deleteStory = defineAction({
  policy: "checked-by-handler",
  input: deleteRequestSchema,
  handler: (request, { actor, ip }) => deleteArticle(db, actor, request, { ip }),
});

/** "Related article" pickers: headlines the user may see. */
export const searchStories = defineAction({
  policy: "checked-by-handler",
  input: z.object({ text: z.string().max(200), excludeId: z.string().max(100).nullable() }),
  handler: async ({ text, excludeId }, { actor }) => ({
    ok: true as const,
    stories: await searchStoriesByHeadline(actor, text, excludeId),
  }),
});

/** "Paste wire story": fills the form, writes nothing. */
export const readPastedWireStory = defineAction({
  policy: "article.create",
  input: z.string().max(WIRE_LIMITS.maxBytes, "The pasted text is larger than 1 MB; a wire story is a few kilobytes."),
  handler: (text, { actor }) => wireStoryToForm(db, actor, text),
});
