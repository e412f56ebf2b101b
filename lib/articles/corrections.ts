import "server-only";
import { z } from "zod";
import { auditArticle, type StaffActor } from "@/lib/articles/audit";
import type { WriteContext } from "@/lib/articles/save";
import { effectiveStatus, type WorkflowArticle } from "@/lib/articles/workflow";
import { type Actor, can } from "@/lib/auth/policy";
import type { Revalidation } from "@/lib/cache/tags";
import type { PrismaClient } from "@/lib/generated/prisma/client";
import { recordStoryChange } from "@/lib/webhooks/outbox";

const CORRECTION_LIMITS = { min: 10, max: 2_000 } as const;

export const correctionInputSchema = z.object({
  articleId: z.string().trim().min(1, "The request did not name a story. Reload the page and try again.").max(100),
  text: z
    .string({ error: "Write the correction." })
    .trim()
    .min(
      CORRECTION_LIMITS.min,
      `A correction needs at least ${CORRECTION_LIMITS.min} characters: say what was wrong and what is right.`,
    )
    .max(CORRECTION_LIMITS.max, `A correction must be at most ${CORRECTION_LIMITS.max} characters.`),
});

export type CorrectionInput = z.infer<typeof correctionInputSchema>;
export type CorrectionRow = { id: string; text: string; correctedAt: Date };

export type CorrectionOutcome =
  | { ok: true; correction: CorrectionRow; message: string; revalidate: Revalidation }
  | { ok: false; error: "invalid"; message: string; fieldErrors: Partial<Record<keyof CorrectionInput, string>> }
  | { ok: false; error: "forbidden" | "not_found" | "not_live"; message: string };

/**
 * Why this user may not add a correction to this story now, or null when they
 * may: corrections are an editor's word to readers, so they go only on a
 * story readers see or have seen.
 */
export function correctionRefusal(
  actor: Actor,
  article: WorkflowArticle,
  now: Date = new Date(),
): { error: "forbidden" | "not_live"; message: string } | null {
  const status = effectiveStatus(article, now);
  if (!can(actor, "article.correct", { status, createdById: article.createdById })) {
    return { error: "forbidden", message: "Only editors and admins may add corrections." };
  }
  if (status !== "PUBLISHED")
    return { error: "not_live", message: "Only a published story can be corrected: readers have not seen this one." };
  return null;
}

/**
 * Appends a dated correction to a published story, with its audit event, in
 * one transaction. The caller revalidates what readers see.
 */
export async function addCorrection(
  client: PrismaClient,
  actor: StaffActor,
  input: unknown,
  context: WriteContext = {},
): Promise<CorrectionOutcome> {
  const parsed = correctionInputSchema.safeParse(input);
  if (!parsed.success) {
    const { fieldErrors } = z.flattenError(parsed.error);
    const textError = fieldErrors.text?.[0];
    const message =
      fieldErrors.articleId?.[0] ?? "The correction was not added: please fix it as described below the field.";
    return { ok: false, error: "invalid", message, fieldErrors: textError ? { text: textError } : {} };
  }
  const { articleId, text } = parsed.data;
  const now = context.now ?? new Date();

  return client.$transaction(async (tx): Promise<CorrectionOutcome> => {
    const article = await tx.article.findUnique({
      where: { id: articleId },
      select: { id: true, slug: true, headline: true, status: true, createdById: true, publishedAt: true },
    });
    if (!article)
      return { ok: false, error: "not_found", message: "This story no longer exists; it may have been deleted." };
    const refusal = correctionRefusal(actor, article, now);
    if (refusal?.error === "forbidden")
      await auditArticle(
        tx,
        actor,
        "article.denied",
        article.id,
        { attempted: "correct", reason: refusal.message },
        context.ip,
      );
    if (refusal) return { ok: false, ...refusal };

    const correction = await tx.correction.create({
      data: { articleId: article.id, text, correctedAt: now, createdById: actor.id },
      select: { id: true, text: true, correctedAt: true },
    });
    await auditArticle(tx, actor, "article.correct", article.id, { correctionId: correction.id, text }, context.ip);
    await recordStoryChange(tx, {
      kind: "corrected",
      articleId: article.id,
      subject: { slug: article.slug, headline: article.headline, correctionId: correction.id },
      now,
    });
    return {
      ok: true,
      correction,
      message: "Correction added: readers see it under the story.",
      revalidate: { articleIds: [article.id], taxonomy: false },
    };
  });
}
