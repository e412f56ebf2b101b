"use server";

import { refresh } from "next/cache";
import { z } from "zod";
import { failure, formValues, success } from "@/components/forms/form-results";
import type { FormState } from "@/components/forms/form-state";
import { addCorrection } from "@/lib/articles/corrections";
import { type DeleteOutcome, deleteArticle } from "@/lib/articles/delete";
import { type StoryChoice, searchStoriesByHeadline } from "@/lib/articles/editor-queries";
import { type Revalidation, type SaveOutcome, saveArticle } from "@/lib/articles/save";
import { type WirePasteResult, wireStoryToForm } from "@/lib/articles/wire-paste";
import { clientAddress, getCurrentUser } from "@/lib/auth/session";
import { revalidateArticles, revalidateTaxonomy } from "@/lib/cache/tags";
import { WIRE_LIMITS } from "@/lib/content/wire";
import { db } from "@/lib/db";

/**
 * The story editor's server actions: thin wrappers that find the signed-in
 * user, call the domain (which validates, authorizes, writes and audits) and
 * revalidate what readers see. A signed-out user gets a message rather than a
 * redirect, so the text in the form is never navigated away from.
 */

const SIGNED_OUT =
  "Your session has ended. Sign in again in a new tab, then come back and press the button again: your text is still here.";

type SignedOut = { ok: false; error: "signed_out"; message: string };
const signedOut: SignedOut = { ok: false, error: "signed_out", message: SIGNED_OUT };

function revalidateAfter<T extends { ok: true; revalidate: Revalidation } | { ok: false }>(outcome: T): T {
  if (outcome.ok) {
    const { articleIds, taxonomy } = outcome.revalidate;
    if (taxonomy) revalidateTaxonomy();
    if (articleIds.length > 0) revalidateArticles(articleIds);
  }
  return outcome;
}

export async function saveStory(request: unknown): Promise<SaveOutcome | SignedOut> {
  const user = await getCurrentUser();
  if (!user) return signedOut;
  return revalidateAfter(await saveArticle(db, user, request, { ip: await clientAddress() }));
}

export async function deleteStory(request: unknown): Promise<DeleteOutcome | SignedOut> {
  const user = await getCurrentUser();
  if (!user) return signedOut;
  return revalidateAfter(await deleteArticle(db, user, request, { ip: await clientAddress() }));
}

/** The editor's "Corrections" form; on success the page shows the new correction. */
export async function addCorrectionAction(_previous: FormState, formData: FormData): Promise<FormState> {
  const values = formValues(formData, ["articleId", "text"]);
  const user = await getCurrentUser();
  if (!user) return failure(SIGNED_OUT, values);
  const outcome = revalidateAfter(await addCorrection(db, user, values, { ip: await clientAddress() }));
  if (!outcome.ok) return failure(outcome.message, values, "fieldErrors" in outcome ? outcome.fieldErrors : undefined);
  refresh();
  return success(outcome.message);
}

const searchSchema = z.object({ text: z.string().max(200), excludeId: z.string().max(100).nullable() });

export async function searchStories(input: unknown): Promise<StoryChoice[]> {
  const user = await getCurrentUser();
  const parsed = searchSchema.safeParse(input);
  if (!user || !parsed.success) return [];
  return searchStoriesByHeadline(user, parsed.data.text, parsed.data.excludeId);
}

const pasteSchema = z
  .string()
  .max(WIRE_LIMITS.maxBytes, "The pasted text is larger than 1 MB; a wire story is a few kilobytes.");

export async function readPastedWireStory(text: unknown): Promise<WirePasteResult> {
  const user = await getCurrentUser();
  if (!user) return { ok: false, message: SIGNED_OUT };
  const parsed = pasteSchema.safeParse(text);
  if (!parsed.success)
    return { ok: false, message: parsed.error.issues[0]?.message ?? "The pasted text could not be read." };
  return wireStoryToForm(db, parsed.data);
}
