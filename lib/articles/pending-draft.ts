import "server-only";
import { z } from "zod";
import { auditArticle, type StaffActor } from "@/lib/articles/audit";
import { describeConflict } from "@/lib/articles/conflict";
import { choiceSelect, type StoryChoice, toChoice } from "@/lib/articles/editor-queries";
import { lockRefusal } from "@/lib/articles/locks";
import { checkReferences } from "@/lib/articles/references";
import type { WriteFailure } from "@/lib/articles/save";
import { type ArticleFields, type ArticleFormValues, articleFieldsSchema, fieldErrorsOf } from "@/lib/articles/schema";
import { effectiveStatus, TRANSITIONS } from "@/lib/articles/workflow";
import { can } from "@/lib/auth/policy";
import type { Prisma, PrismaClient } from "@/lib/generated/prisma/client";
import type { ArticleStatus } from "@/lib/generated/prisma/enums";
import { mediaSource } from "@/lib/media/urls";

/**
 * Autosaved changes to a live (published or scheduled) story: kept beside the
 * story, one row per story, until someone saves or publishes the form
 * (saveArticle deletes the row) or discards them. Readers keep seeing the
 * story as it was last saved.
 */

const LIVE: readonly ArticleStatus[] = ["PUBLISHED", "SCHEDULED"];

/** Readers see the story now or will at a set time, so an autosave must not change it. */
export function isLive(status: ArticleStatus): boolean {
  return LIVE.includes(status);
}

export type PendingSaveRequest = { articleId: string; baseVersion: number; fields: unknown; tabId?: string };
export type PendingSaveOutcome = { ok: true; savedAt: Date } | WriteFailure;

const NOT_FOUND = {
  ok: false,
  error: "not_found",
  message: "This story no longer exists; it may have been deleted.",
} as const;

const storySelect = {
  status: true,
  createdById: true,
  publishedAt: true,
  version: true,
} satisfies Prisma.ArticleSelect;

/**
 * Why `actor` may not change the story's pending changes now (the policy, with
 * the refusal audited, or someone else's live lock), or null when they may.
 */
async function refusalToChange(
  tx: Prisma.TransactionClient,
  actor: StaffActor,
  articleId: string,
  story: Prisma.ArticleGetPayload<{ select: typeof storySelect }>,
  attempted: string,
  now: Date,
  tabId?: string,
): Promise<{ ok: false; error: "forbidden"; message: string } | null> {
  if (!can(actor, "article.edit", { status: effectiveStatus(story, now), createdById: story.createdById })) {
    await auditArticle(tx, actor, "article.denied", articleId, { attempted, reason: TRANSITIONS.save.refusal });
    return { ok: false, error: "forbidden", message: TRANSITIONS.save.refusal };
  }
  const locked = await lockRefusal(tx, articleId, actor.id, now, tabId ?? null);
  return locked ? { ok: false, error: "forbidden", message: locked } : null;
}

/**
 * Checked fields back in the form's own shape (what the editor holds: "" for
 * none), so reopening the story loads them as typed. Built from the parsed
 * fields, never the request itself: only the form's fields, trimmed and clean,
 * whatever else the request carried.
 */
function asFormValues(fields: ArticleFields): ArticleFormValues {
  return {
    ...fields,
    sectionId: fields.sectionId ?? "",
    sourceUrl: fields.sourceUrl ?? "",
    heroMediaId: fields.heroMediaId ?? "",
    publishAt: fields.publishAt ?? "",
  };
}

/**
 * Stores the editor's fields as the story's pending changes. Refused, writing
 * nothing, when the fields are invalid, the story was saved after the form
 * was loaded (the conflict message), the actor may not edit it, or someone
 * else holds its lock.
 */
export async function savePendingDraft(
  client: PrismaClient,
  actor: StaffActor,
  { articleId, baseVersion, fields, tabId }: PendingSaveRequest,
  now: Date,
): Promise<PendingSaveOutcome> {
  const parsed = articleFieldsSchema.safeParse(fields);
  if (!parsed.success)
    return {
      ok: false,
      error: "invalid",
      message: "Not saved: please correct the fields marked below.",
      fieldErrors: fieldErrorsOf(parsed.error),
    };
  return client.$transaction(async (tx): Promise<PendingSaveOutcome> => {
    const story = await tx.article.findUnique({ where: { id: articleId }, select: storySelect });
    if (!story) return NOT_FOUND;
    const refused = await refusalToChange(tx, actor, articleId, story, "autosave", now, tabId);
    if (refused) return refused;
    if (story.version !== baseVersion)
      return { ok: false, error: "conflict", ...(await describeConflict(tx, articleId, actor.id)) };
    const fieldErrors = await checkReferences(tx, parsed.data, articleId);
    if (Object.keys(fieldErrors).length > 0)
      return {
        ok: false,
        error: "invalid",
        message: "Not saved: please correct the fields marked below.",
        fieldErrors,
      };

    const row = { baseVersion, fields: JSON.stringify(asFormValues(parsed.data)), savedById: actor.id, savedAt: now };
    await tx.pendingDraft.upsert({ where: { articleId }, create: { articleId, ...row }, update: row });
    return { ok: true, savedAt: now };
  });
}

export const discardRequestSchema = z.object({ articleId: z.string().trim().min(1).max(100) });

export type DiscardOutcome =
  | { ok: true; message: string }
  | { ok: false; error: "forbidden" | "not_found"; message: string };

/** "Discard" on the pending changes: whoever may edit the story may throw them away. */
export async function discardPendingDraft(
  client: PrismaClient,
  actor: StaffActor,
  { articleId }: z.output<typeof discardRequestSchema>,
  now: Date = new Date(),
): Promise<DiscardOutcome> {
  return client.$transaction(async (tx): Promise<DiscardOutcome> => {
    const story = await tx.article.findUnique({ where: { id: articleId }, select: storySelect });
    if (!story) return NOT_FOUND;
    const refused = await refusalToChange(tx, actor, articleId, story, "discard autosaved changes", now);
    if (refused) return refused;
    const discarded = await tx.pendingDraft.findUnique({
      where: { articleId },
      select: { savedById: true, savedAt: true, savedBy: { select: { name: true } } },
    });
    if (discarded) {
      await tx.pendingDraft.delete({ where: { articleId } });
      // Someone's work thrown away, perhaps a colleague's: the log says whose, and from when.
      await auditArticle(tx, actor, "article.autosave_discard", articleId, {
        savedBy: discarded.savedBy?.name ?? null,
        savedById: discarded.savedById,
        savedAt: discarded.savedAt.toISOString(),
      });
    }
    return { ok: true, message: "The autosaved changes were discarded: the form shows the live version." };
  });
}

/** Pending changes as the editor opens them. */
export type PendingChanges = {
  values: ArticleFormValues;
  related: StoryChoice[];
  heroPreview: string | null;
  savedBy: string | null;
  savedAt: Date;
  baseVersion: number;
  /** The story was saved after these changes were made: applying them would undo that save. */
  stale: boolean;
};

/** The story's pending changes, or null when it has none (or they no longer parse as a form). */
export async function pendingChangesForEditor(
  client: PrismaClient,
  articleId: string,
  now: Date = new Date(),
): Promise<PendingChanges | null> {
  const row = await client.pendingDraft.findUnique({
    where: { articleId },
    include: { savedBy: { select: { name: true } }, article: { select: { version: true } } },
  });
  if (!row) return null;
  const values = JSON.parse(row.fields) as unknown;
  if (!articleFieldsSchema.safeParse(values).success) return null;
  const form = values as ArticleFormValues;
  const [stories, hero] = await Promise.all([
    client.article.findMany({ where: { id: { in: form.relatedIds } }, select: choiceSelect }),
    form.heroMediaId
      ? client.media.findUnique({
          where: { id: form.heroMediaId },
          select: { fileName: true, width: true, height: true, variants: true },
        })
      : null,
  ]);
  const byId = new Map(stories.map((story) => [story.id, story]));
  return {
    values: form,
    related: form.relatedIds.flatMap((id) => {
      const story = byId.get(id);
      return story ? [toChoice(story, now)] : [];
    }),
    heroPreview: hero ? mediaSource(hero).src : null,
    savedBy: row.savedBy?.name ?? null,
    savedAt: row.savedAt,
    baseVersion: row.baseVersion,
    stale: row.baseVersion < row.article.version,
  };
}
