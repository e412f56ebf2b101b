import "server-only";
import { z } from "zod";
import type { StaffActor } from "@/lib/articles/audit";
import { isLive, savePendingDraft } from "@/lib/articles/pending-draft";
import { saveArticle, type WriteFailure } from "@/lib/articles/save";
import { editorTabSchema } from "@/lib/articles/schema";
import { effectiveStatus } from "@/lib/articles/workflow";
import type { Revalidation } from "@/lib/cache/tags";
import type { PrismaClient } from "@/lib/generated/prisma/client";

/** What the editor sends a few seconds after typing stops: only saved stories autosave. */
export const autosaveRequestSchema = z.object({
  articleId: z.string().trim().min(1).max(100),
  /** The version the form was loaded from (or last saved as). */
  baseVersion: z.number().int().positive(),
  fields: z.unknown(),
  tabId: editorTabSchema,
});
export type AutosaveRequest = z.input<typeof autosaveRequestSchema>;

export type AutosaveOutcome =
  /** "revision": the story itself was saved, as `version`; "pending": kept aside, readers see no change. */
  | { ok: true; kind: "revision"; version: number; revalidate: Revalidation }
  | { ok: true; kind: "pending" }
  | WriteFailure;

/**
 * Saves the editor's form without a button and without ever publishing. A
 * story readers do not see (draft, in review, unpublished) is saved as on
 * "Save draft", its revision marked as an autosave. A live story (published,
 * or scheduled) is left alone: the form becomes its pending changes, which go
 * live when someone saves or publishes. Either way a form loaded from an
 * older version than the story's is the conflict, and nothing is written.
 */
export async function autosaveArticle(
  client: PrismaClient,
  actor: StaffActor,
  request: unknown,
  { now = new Date(), ip }: { now?: Date; ip?: string } = {},
): Promise<AutosaveOutcome> {
  const envelope = autosaveRequestSchema.safeParse(request);
  if (!envelope.success)
    return {
      ok: false,
      error: "invalid",
      message: "The request was not understood. Reload the page and try again.",
      fieldErrors: { form: "The request was not understood. Reload the page and try again." },
    };
  const { articleId, baseVersion, fields, tabId } = envelope.data;
  const story = await client.article.findUnique({
    where: { id: articleId },
    select: { status: true, publishedAt: true },
  });
  if (!story)
    return { ok: false, error: "not_found", message: "This story no longer exists; it may have been deleted." };

  if (isLive(effectiveStatus(story, now))) {
    const outcome = await savePendingDraft(client, actor, { articleId, baseVersion, fields, tabId }, now);
    return outcome.ok ? { ok: true, kind: "pending" } : outcome;
  }
  // Read before the save's own transaction: a story published in between has a newer version, so
  // the save below is then refused as a conflict instead of changing what readers see.
  const outcome = await saveArticle(
    client,
    actor,
    { articleId, baseVersion, action: "save", fields, tabId },
    {
      now,
      ip,
      autosave: true,
    },
  );
  if (!outcome.ok) return outcome;
  return { ok: true, kind: "revision", version: outcome.story.version, revalidate: outcome.revalidate };
}
