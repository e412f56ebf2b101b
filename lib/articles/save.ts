import "server-only";
import { auditArticle, type StaffActor } from "@/lib/articles/audit";
import { findOrCreateAgency } from "@/lib/articles/bylines";
import { describeConflict } from "@/lib/articles/conflict";
import { lockRefusal } from "@/lib/articles/locks";
import { instantToNewsroomTime, newsroomTimeToInstant } from "@/lib/articles/publication-time";
import { checkReferences } from "@/lib/articles/references";
import { recordWrittenRevision } from "@/lib/articles/revisions";
import {
  type ArticleFields,
  articleFieldsSchema,
  type FieldErrors,
  fieldErrorsOf,
  saveRequestSchema,
} from "@/lib/articles/schema";
import { claimSlug, recordSlugChange } from "@/lib/articles/slug-claim";
import { findOrCreateTags } from "@/lib/articles/tags";
import { checkTransition, type SaveAction } from "@/lib/articles/workflow";
import type { ArticleAuditAction } from "@/lib/audit/events";
import { can } from "@/lib/auth/policy";
import type { Revalidation } from "@/lib/cache/tags";
import { toPlainText } from "@/lib/content/plain-text";
import { isUniqueViolation } from "@/lib/db-errors";
import type { Article, Prisma, PrismaClient } from "@/lib/generated/prisma/client";
import type { ArticleStatus } from "@/lib/generated/prisma/enums";
import { newsroomTimeZone } from "@/lib/settings/queries";
import { formatDateTime } from "@/lib/time";
import { recordStoryChange } from "@/lib/webhooks/outbox";

export type SavedStory = { id: string; version: number; slug: string; status: ArticleStatus; publishAt: string };

export type WriteFailure =
  | { ok: false; error: "invalid"; message: string; fieldErrors: FieldErrors }
  | { ok: false; error: "conflict"; message: string; latestVersion: number }
  | { ok: false; error: "forbidden" | "not_found"; message: string };

export type SaveOutcome =
  | { ok: true; story: SavedStory; created: boolean; message: string; revalidate: Revalidation }
  | WriteFailure;

export type WriteContext = {
  now?: Date;
  ip?: string;
  /** Runs inside the save's transaction after the story is written (an importer's own audit event). */
  onSaved?: (tx: Prisma.TransactionClient, story: SavedStory) => Promise<void>;
  /** Made by the editor's autosave, not a button: its revision is marked so. */
  autosave?: boolean;
  /**
   * An importer's exact publication instant, in place of the form's
   * wall-clock time, which drops milliseconds and in the hour repeated when
   * clocks go back names two instants. Only code passes it, never a form.
   */
  publishInstant?: Date;
};

const AUDITED: Partial<Record<SaveAction, ArticleAuditAction>> = {
  publish: "article.publish",
  schedule: "article.schedule",
  unpublish: "article.unpublish",
};

function invalid(
  fieldErrors: FieldErrors,
  message = "The story was not saved: please correct the fields marked below.",
): WriteFailure {
  return { ok: false, error: "invalid", message, fieldErrors };
}

/** Publication time after this action, or a message for the "Publication time" field. */
function decidePublication(
  action: SaveAction,
  from: ArticleStatus,
  publishAt: Date | null,
  now: Date,
): { publishedAt: Date | null } | { error: string } {
  if (action === "publish") {
    if (publishAt && publishAt > now)
      return { error: "That time is still ahead: press Schedule to publish then, or clear the time to publish now." };
    return { publishedAt: publishAt ?? now };
  }
  if (action === "schedule") {
    if (!publishAt) return { error: "Choose the date and time at which to publish." };
    if (publishAt <= now)
      return { error: "That time has passed: choose a time in the future, or press Publish to publish now." };
    return { publishedAt: publishAt };
  }
  if (action === "save" && from === "PUBLISHED" && (!publishAt || publishAt > now)) {
    return {
      error:
        "A published story needs a publication time that has passed. To publish it later, unpublish it and schedule it.",
    };
  }
  if (action === "save" && from === "SCHEDULED" && (!publishAt || publishAt <= now)) {
    return { error: "A scheduled story needs a time in the future. To publish it now, press Publish." };
  }
  return { publishedAt: publishAt };
}

function successMessage(action: SaveAction, publishedAt: Date | null, zone: string): string {
  switch (action) {
    case "submit":
      return "Submitted for review. An editor will publish it.";
    case "publish":
      return "Published.";
    case "schedule":
      return `Scheduled for ${publishedAt ? formatDateTime(publishedAt, zone) : "later"}.`;
    case "unpublish":
      return "Unpublished: readers no longer see this story.";
    case "save":
      return "Saved.";
  }
}

async function resolveBylines(
  tx: Prisma.TransactionClient,
  bylines: ArticleFields["bylines"],
): Promise<{ ids: string[]; created: boolean }> {
  const ids: string[] = [];
  let created = false;
  for (const byline of bylines) {
    if (byline.kind === "author") {
      ids.push(byline.id);
      continue;
    }
    const agency = await findOrCreateAgency(tx, byline.name);
    ids.push(agency.id);
    created ||= agency.created;
  }
  return { ids: [...new Set(ids)], created };
}

const existingSelect = {
  id: true,
  slug: true,
  headline: true,
  status: true,
  version: true,
  createdById: true,
  publishedAt: true,
  firstPublishedAt: true,
  submittedById: true,
  submittedAt: true,
} satisfies Prisma.ArticleSelect;

/** Who sent the story for review, and when, for the desk: kept while it stays in review, cleared when it leaves. */
function submission(
  action: SaveAction,
  status: ArticleStatus,
  existing: { submittedById: string | null; submittedAt: Date | null } | null,
  actor: StaffActor,
  now: Date,
): { submittedById: string | null; submittedAt: Date | null } {
  if (status !== "IN_REVIEW") return { submittedById: null, submittedAt: null };
  if (action === "submit" || !existing?.submittedAt) return { submittedById: actor.id, submittedAt: now };
  return { submittedById: existing.submittedById, submittedAt: existing.submittedAt };
}

/**
 * Saves the story editor's form, moving the story through the workflow on the
 * way (save, submit, publish, schedule, unpublish). One transaction: it is
 * refused as a whole (bad field, stale version, no permission) or written as
 * a whole with its revision and audit event.
 */
export async function saveArticle(
  client: PrismaClient,
  actor: StaffActor,
  request: unknown,
  context: WriteContext = {},
): Promise<SaveOutcome> {
  const envelope = saveRequestSchema.safeParse(request);
  if (!envelope.success) return invalid({ form: "The request was not understood. Reload the page and try again." });
  const { articleId, baseVersion, action, tabId } = envelope.data;
  const parsed = articleFieldsSchema.safeParse(envelope.data.fields);
  if (!parsed.success) return invalid(fieldErrorsOf(parsed.error));
  const fields = parsed.data;
  const now = context.now ?? new Date();

  try {
    return await writeStory(client, actor, { articleId, baseVersion, action, fields, tabId }, now, context);
  } catch (error) {
    // Another save took the same new slug, tag or agency name a moment earlier; this one wrote nothing.
    if (isUniqueViolation(error))
      return invalid({
        form: "Someone saved a story with the same new slug, tag or byline at the same moment, so nothing was saved. Press the button again.",
      });
    throw error;
  }
}

type CheckedRequest = {
  /** The editor tab it comes from, when it does. */
  tabId: string | undefined;
  articleId: string | null;
  baseVersion: number | null;
  action: SaveAction;
  fields: ArticleFields;
};

async function writeStory(
  client: PrismaClient,
  actor: StaffActor,
  { articleId, baseVersion, action, fields, tabId }: CheckedRequest,
  now: Date,
  { ip, onSaved, autosave, publishInstant }: WriteContext,
): Promise<SaveOutcome> {
  return client.$transaction(async (tx): Promise<SaveOutcome> => {
    const existing = articleId
      ? await tx.article.findUnique({ where: { id: articleId }, select: existingSelect })
      : null;
    if (articleId && !existing)
      return { ok: false, error: "not_found", message: "This story no longer exists; it may have been deleted." };
    if (!existing && !can(actor, "article.create", null))
      return { ok: false, error: "forbidden", message: "You may not create stories." };

    const current = existing ?? { status: "DRAFT" as const, createdById: actor.id, publishedAt: null };
    const transition = checkTransition(actor, current, action, now);
    if (!transition.ok) {
      if (transition.reason === "state") return invalid({ form: transition.message }, transition.message);
      await auditArticle(
        tx,
        actor,
        "article.denied",
        existing?.id ?? "",
        { attempted: action, reason: transition.message },
        ip,
      );
      return { ok: false, error: "forbidden", message: transition.message };
    }
    const locked = existing ? await lockRefusal(tx, existing.id, actor.id, now, tabId ?? null) : null;
    if (locked) return { ok: false, error: "forbidden", message: locked };
    if (existing && existing.version !== baseVersion)
      return { ok: false, error: "conflict", ...(await describeConflict(tx, existing.id, actor.id)) };

    const errors = await checkReferences(tx, fields, articleId);
    // The editor's publication time is a wall-clock time in the newsroom's zone as set now.
    const zone = await newsroomTimeZone(tx);
    const publishAt = publishInstant ?? (fields.publishAt ? newsroomTimeToInstant(fields.publishAt, zone) : null);
    const publication = decidePublication(action, transition.from, publishAt, now);
    if ("error" in publication) errors.publishAt = publication.error;
    const slug = await claimSlug(tx, fields.slug, fields.slugFollowsHeadline, articleId);
    if (!slug.ok) errors.slug = slug.message;
    if (Object.keys(errors).length > 0 || !slug.ok || "error" in publication) return invalid(errors);

    const status = transition.to === "deleted" ? transition.from : transition.to;
    const { publishedAt } = publication;
    // When readers first saw it; a schedule that never came to pass does not count.
    const wentLive = existing?.firstPublishedAt && existing.firstPublishedAt <= now ? existing.firstPublishedAt : null;
    const firstPublishedAt = status === "PUBLISHED" || status === "SCHEDULED" ? (wentLive ?? publishedAt) : wentLive;

    const tags = await findOrCreateTags(tx, fields.tags);
    const bylines = await resolveBylines(tx, fields.bylines);
    const data = {
      headline: fields.headline,
      slug: slug.slug,
      dek: fields.dek,
      body: JSON.stringify(fields.body),
      bodyText: toPlainText(fields.body),
      status,
      publishedAt,
      firstPublishedAt,
      dateline: fields.dateline,
      sectionId: fields.sectionId,
      heroMediaId: fields.heroMediaId,
      heroAlt: fields.heroMediaId ? fields.heroAlt : "",
      heroCaption: fields.heroCaption,
      heroCredit: fields.heroCredit,
      sourceName: fields.sourceName,
      sourceUrl: fields.sourceUrl,
      seoTitle: fields.seoTitle,
      seoDescription: fields.seoDescription,
      updatedById: actor.id,
      ...submission(action, status, existing, actor, now),
    };

    let article: Article;
    if (existing) {
      // The version in the condition makes a save that lost a race fail here, not overwrite.
      const [updated] = await tx.article.updateManyAndReturn({
        where: { id: existing.id, version: existing.version },
        data: { ...data, version: { increment: 1 } },
      });
      if (!updated) return { ok: false, error: "conflict", ...(await describeConflict(tx, existing.id, actor.id)) };
      article = updated;
      await Promise.all([
        tx.articleAuthor.deleteMany({ where: { articleId: article.id } }),
        tx.articleTag.deleteMany({ where: { articleId: article.id } }),
        tx.articleRelation.deleteMany({ where: { fromId: article.id } }),
      ]);
      await recordSlugChange(tx, article.id, existing.slug, slug.slug, wentLive !== null);
    } else {
      article = await tx.article.create({ data: { ...data, createdById: actor.id } });
    }
    const { id } = article;
    const links = { authorIds: bylines.ids, tagIds: tags.ids, relatedIds: fields.relatedIds };
    await tx.articleAuthor.createMany({
      data: links.authorIds.map((authorId, position) => ({ articleId: id, authorId, position })),
    });
    await tx.articleTag.createMany({
      data: links.tagIds.map((tagId, position) => ({ articleId: id, tagId, position })),
    });
    await tx.articleRelation.createMany({
      data: links.relatedIds.map((toId, position) => ({ fromId: id, toId, position })),
    });
    // Built from what was just written: reading the story back would cost a query for it and each of its lists.
    await recordWrittenRevision(tx, article, links, actor.id, { autosave });
    // The form just saved replaces any autosaved changes that were waiting to go live.
    await tx.pendingDraft.deleteMany({ where: { articleId: id } });

    const audited = AUDITED[action];
    if (audited)
      await auditArticle(
        tx,
        actor,
        audited,
        id,
        { slug: slug.slug, from: transition.from, publishedAt: publishedAt?.toISOString() ?? null },
        ip,
      );

    await recordStoryChange(tx, {
      kind: "saved",
      articleId: id,
      subject: { slug: article.slug, headline: article.headline },
      now,
      wasLive:
        transition.from === "PUBLISHED" && existing ? { slug: existing.slug, headline: existing.headline } : null,
      wasScheduled: transition.from === "SCHEDULED",
      status,
      publishedAt,
    });

    const readersAffected = [transition.from, status].some((state) => state === "PUBLISHED" || state === "SCHEDULED");
    const story: SavedStory = {
      id,
      version: article.version,
      slug: article.slug,
      status: article.status,
      publishAt: instantToNewsroomTime(article.publishedAt, zone),
    };
    await onSaved?.(tx, story);
    return {
      ok: true,
      created: !existing,
      story,
      message: successMessage(action, publishedAt, zone),
      revalidate: { articleIds: readersAffected ? [id] : [], taxonomy: tags.created || bylines.created },
    };
  });
}
