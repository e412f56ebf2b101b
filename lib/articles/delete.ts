import "server-only";
import { auditArticle, type StaffActor } from "@/lib/articles/audit";
import { describeConflict } from "@/lib/articles/conflict";
import { lockRefusal } from "@/lib/articles/locks";
import type { WriteContext, WriteFailure } from "@/lib/articles/save";
import { deleteRequestSchema } from "@/lib/articles/schema";
import { checkTransition, effectiveStatus } from "@/lib/articles/workflow";
import type { Revalidation } from "@/lib/cache/tags";
import type { PrismaClient } from "@/lib/generated/prisma/client";
import { recordStoryChange } from "@/lib/webhooks/outbox";

export type DeleteOutcome = { ok: true; message: string; revalidate: Revalidation } | WriteFailure;

/**
 * Deletes a story for good (editors and admins), with an audit event that
 * keeps its headline and slug. Like a save, it must name the version it saw:
 * a story someone changed in the meantime is not deleted behind their back.
 */
export async function deleteArticle(
  client: PrismaClient,
  actor: StaffActor,
  request: unknown,
  context: WriteContext = {},
): Promise<DeleteOutcome> {
  const parsed = deleteRequestSchema.safeParse(request);
  if (!parsed.success)
    return {
      ok: false,
      error: "invalid",
      message: "The request was not understood. Reload the page and try again.",
      fieldErrors: {},
    };
  const { articleId, baseVersion, tabId } = parsed.data;
  const now = context.now ?? new Date();

  return client.$transaction(async (tx): Promise<DeleteOutcome> => {
    const article = await tx.article.findUnique({
      where: { id: articleId },
      select: {
        id: true,
        slug: true,
        headline: true,
        status: true,
        version: true,
        createdById: true,
        publishedAt: true,
      },
    });
    if (!article)
      return {
        ok: false,
        error: "not_found",
        message: "This story no longer exists; it may have been deleted already.",
      };
    const check = checkTransition(actor, article, "delete", now);
    if (!check.ok) {
      await auditArticle(
        tx,
        actor,
        "article.denied",
        article.id,
        { attempted: "delete", reason: check.message },
        context.ip,
      );
      return { ok: false, error: "forbidden", message: check.message };
    }
    // Not from under someone who is editing it now.
    const locked = await lockRefusal(tx, article.id, actor.id, now, tabId ?? null);
    if (locked) return { ok: false, error: "forbidden", message: locked };
    if (article.version !== baseVersion)
      return { ok: false, error: "conflict", ...(await describeConflict(tx, article.id, actor.id)) };

    const status = effectiveStatus(article, now);
    await auditArticle(
      tx,
      actor,
      "article.delete",
      article.id,
      { slug: article.slug, headline: article.headline, status },
      context.ip,
    );
    await tx.article.delete({ where: { id: article.id } });
    await recordStoryChange(tx, {
      kind: "deleted",
      articleId: article.id,
      subject: { slug: article.slug, headline: article.headline },
      now,
      wasLive: status === "PUBLISHED",
      wasScheduled: status === "SCHEDULED",
    });
    const readersAffected = status === "PUBLISHED" || status === "SCHEDULED";
    return {
      ok: true,
      message: `Deleted "${article.headline}".`,
      revalidate: { articleIds: readersAffected ? [article.id] : [], taxonomy: false },
    };
  });
}
