import "server-only";
import { z } from "zod";
import { recordAudit } from "@/lib/audit/record";
import { type Actor, can } from "@/lib/auth/policy";
import type { SessionUser } from "@/lib/auth/session-user";
import { BODY_LIMITS } from "@/lib/content/schema";
import { ignoringCase } from "@/lib/db-provider";
import type { Prisma, PrismaClient } from "@/lib/generated/prisma/client";
import type { ArticleStatus } from "@/lib/generated/prisma/enums";
import { removeImageFiles } from "@/lib/media/storage";
import { mediaSource, variantWidths } from "@/lib/media/urls";

export const MEDIA_PER_PAGE = 24;
/** "Used in" names at most this many stories of each kind (hero, inline); the rest are counted. */
export const USED_IN_LIMIT = 50;

const text = (label: string, max: number) =>
  z
    .string({ error: `${label} must be text.` })
    .trim()
    .max(max, `${label} must be at most ${max} characters.`);

const mediaId = z.string({ error: "Choose an image." }).trim().min(1, "Choose an image.").max(64, "Choose an image.");

/** The library's search (?q=, by alt text, caption, credit and file name) and page (?page=); bad values fall back. */
export const mediaFilterSchema = z.object({
  q: z.string().trim().max(200).optional().catch(undefined),
  page: z.coerce.number().int().min(1).max(100_000).catch(1).default(1),
});
export type MediaFilter = z.infer<typeof mediaFilterSchema>;

export const updateMediaSchema = z.object({
  mediaId,
  alt: text("Alt text", BODY_LIMITS.maxAltLength),
  caption: text("Caption", BODY_LIMITS.maxCaptionLength),
  credit: text("Credit", BODY_LIMITS.maxCreditLength),
});
export type UpdateMediaInput = z.infer<typeof updateMediaSchema>;

export const deleteMediaSchema = z.object({ mediaId, confirm: z.literal("on", { error: "Tick the box to confirm." }) });
export type DeleteMediaInput = z.infer<typeof deleteMediaSchema>;

const LIST_FIELDS = {
  id: true,
  fileName: true,
  originalName: true,
  alt: true,
  caption: true,
  credit: true,
  width: true,
  height: true,
  variants: true,
  uploadedById: true,
  createdAt: true,
} satisfies Prisma.MediaSelect;
type MediaRow = Prisma.MediaGetPayload<{ select: typeof LIST_FIELDS }>;

function libraryItem({ variants, ...row }: MediaRow) {
  return { ...row, ...mediaSource({ ...row, variants }) };
}
export type LibraryItem = ReturnType<typeof libraryItem>;

/** The name the library shows for an image: the uploaded file's name, else its stored one. */
export function mediaName(media: { originalName: string; fileName: string }): string {
  return media.originalName || media.fileName;
}

/** A page of the library, newest first, searched by alt text, caption, credit and file name. */
export async function listMedia(client: PrismaClient, filter: MediaFilter) {
  const q = filter.q;
  const where: Prisma.MediaWhereInput = q
    ? {
        OR: [
          { alt: ignoringCase(client, { contains: q }) },
          { caption: ignoringCase(client, { contains: q }) },
          { credit: ignoringCase(client, { contains: q }) },
          { originalName: ignoringCase(client, { contains: q }) },
          { fileName: ignoringCase(client, { contains: q }) },
        ],
      }
    : {};
  const [rows, total] = await Promise.all([
    client.media.findMany({
      where,
      orderBy: [{ createdAt: "desc" }, { id: "desc" }],
      skip: (filter.page - 1) * MEDIA_PER_PAGE,
      take: MEDIA_PER_PAGE,
      select: LIST_FIELDS,
    }),
    client.media.count({ where }),
  ]);
  return { items: rows.map(libraryItem), total, pageCount: Math.max(1, Math.ceil(total / MEDIA_PER_PAGE)) };
}

export type UsedInStory = {
  id: string;
  headline: string;
  createdById: string | null;
  status: ArticleStatus;
  hero: boolean;
  inline: boolean;
  /** In a live story's autosaved changes, not yet published (lib/articles/pending-draft.ts). */
  pending: boolean;
};
export type MediaUsage = {
  stories: UsedInStory[];
  /** More stories use it than `stories` names. */
  moreStories: boolean;
  bylines: { id: string; name: string }[];
  siteLogo: boolean;
};

type Reader = PrismaClient | Prisma.TransactionClient;

/**
 * Where an image is shown: as stories' hero or inline image (through the
 * indexes on Article.heroMediaId and ArticleBodyImage.mediaId, so it stays
 * quick on any number of stories), in a live story's autosaved changes (a
 * handful of rows, read whole), as bylines' photos, as the site's logo.
 */
export async function mediaUsage(client: Reader, id: string): Promise<MediaUsage> {
  const story = { select: { id: true, headline: true, createdById: true, status: true } } as const;
  const [heroOf, bodyOf, pendingOf, bylines, logos] = await Promise.all([
    client.article.findMany({ where: { heroMediaId: id }, ...story, take: USED_IN_LIMIT + 1 }),
    client.articleBodyImage.findMany({
      where: { mediaId: id },
      select: { article: story },
      take: USED_IN_LIMIT + 1,
    }),
    client.pendingDraft.findMany({
      where: { fields: { contains: JSON.stringify(id) } },
      select: { article: story },
      take: USED_IN_LIMIT + 1,
    }),
    client.author.findMany({ where: { photoMediaId: id }, select: { id: true, name: true }, orderBy: { name: "asc" } }),
    client.siteSettings.count({ where: { logoMediaId: id } }),
  ]);
  const inline = bodyOf.slice(0, USED_IN_LIMIT).map((row) => row.article);
  const hero = heroOf.slice(0, USED_IN_LIMIT);
  const pending = pendingOf.slice(0, USED_IN_LIMIT).map((row) => row.article);
  const stories = new Map<string, UsedInStory>();
  for (const row of [...hero, ...inline, ...pending])
    stories.set(row.id, { ...row, hero: false, inline: false, pending: false });
  for (const row of hero) (stories.get(row.id) as UsedInStory).hero = true;
  for (const row of inline) (stories.get(row.id) as UsedInStory).inline = true;
  for (const row of pending) (stories.get(row.id) as UsedInStory).pending = true;
  return {
    stories: [...stories.values()].sort((a, b) => a.headline.localeCompare(b.headline)),
    moreStories: [heroOf, bodyOf, pendingOf].some((rows) => rows.length > USED_IN_LIMIT),
    bylines,
    siteLogo: logos > 0,
  };
}

export function isInUse(usage: MediaUsage): boolean {
  return usage.stories.length > 0 || usage.bylines.length > 0 || usage.siteLogo;
}

/**
 * One image with where it is used, for its page in the library. Stories the
 * viewer may not open (a colleague's draft, for a writer) are counted, not named.
 */
export async function getMediaDetails(client: PrismaClient, id: string, viewer: Actor) {
  const row = await client.media.findUnique({ where: { id }, select: LIST_FIELDS });
  if (!row) return null;
  const usage = await mediaUsage(client, id);
  const shown = usage.stories.filter((story) => can(viewer, "article.view", story));
  return {
    ...libraryItem(row),
    inUse: isInUse(usage),
    usage: { ...usage, stories: shown, unseenStories: usage.stories.length - shown.length },
  };
}
export type MediaDetails = NonNullable<Awaited<ReturnType<typeof getMediaDetails>>>;

/** Who is changing the library, and from where (for the audit log). */
export type MediaContext = { actor: SessionUser; ip: string };

type MediaRefusal = { ok: false; message: string };
export type MediaResult = { ok: true; message: string; mediaId: string } | MediaRefusal;

const NO_SUCH_IMAGE: MediaRefusal = {
  ok: false,
  message: "This image is no longer in the library (it may have been deleted). Reload the library.",
};
const NOT_YOURS: MediaRefusal = {
  ok: false,
  message: "Only editors may change images that someone else uploaded.",
};

/**
 * Changes the library's alt text, caption and credit of an image. Stories
 * keep their own copies (each chose its words when it placed the image), so
 * no reader page changes.
 */
export async function updateMedia(
  client: PrismaClient,
  { mediaId, alt, caption, credit }: UpdateMediaInput,
  { actor, ip }: MediaContext,
): Promise<MediaResult> {
  return client.$transaction(async (tx) => {
    const media = await tx.media.findUnique({ where: { id: mediaId } });
    if (!media) return NO_SUCH_IMAGE;
    if (!can(actor, "media.edit", media)) return NOT_YOURS;
    await tx.media.update({ where: { id: mediaId }, data: { alt, caption, credit } });
    await recordAudit(tx, {
      action: "media.update",
      actor,
      targetType: "media",
      targetId: mediaId,
      details: {
        name: mediaName(media),
        from: { alt: media.alt, caption: media.caption, credit: media.credit },
        to: { alt, caption, credit },
      },
      ip,
    });
    return { ok: true, message: `The details of ${mediaName(media)} are saved.`, mediaId };
  });
}

function usageSummary(usage: MediaUsage): string {
  const places = [
    usage.stories.length > 0 && (usage.stories.length === 1 && !usage.moreStories ? "a story" : "stories"),
    usage.bylines.length > 0 && (usage.bylines.length === 1 ? "a byline" : "bylines"),
    usage.siteLogo && "the site's logo",
  ].filter(Boolean);
  return places.join(", ").replace(/, ([^,]*)$/, " and $1");
}

/**
 * Deletes an image no story, byline or site setting uses, then its files.
 * The first statement writes, so the transaction holds SQLite's write lock
 * while it looks for uses: no save can start using the image between the
 * check and the delete. The files go only after the row is gone for good.
 */
export async function deleteMedia(
  client: PrismaClient,
  { mediaId }: Pick<DeleteMediaInput, "mediaId">,
  { actor, ip }: MediaContext,
): Promise<MediaResult> {
  type Deleted = { ok: true; message: string; stored: { fileName: string; variants: string } };
  const result = await client.$transaction(async (tx): Promise<Deleted | MediaRefusal> => {
    const locked = await tx.$executeRaw`UPDATE "Media" SET "alt" = "alt" WHERE "id" = ${mediaId}`;
    const media = locked ? await tx.media.findUnique({ where: { id: mediaId } }) : null;
    if (!media) return NO_SUCH_IMAGE;
    if (!can(actor, "media.delete", media)) return NOT_YOURS;
    const usage = await mediaUsage(tx, mediaId);
    if (isInUse(usage))
      return {
        ok: false,
        message: `${mediaName(media)} is used by ${usageSummary(usage)}, so it cannot be deleted. Remove it from each place listed under "Used in" first.`,
      };
    await tx.media.delete({ where: { id: mediaId } });
    await recordAudit(tx, {
      action: "media.delete",
      actor,
      targetType: "media",
      targetId: mediaId,
      details: { name: mediaName(media), fileName: media.fileName },
      ip,
    });
    return { ok: true, message: `${mediaName(media)} is deleted.`, stored: media };
  });
  if (!result.ok) return result;
  await removeImageFiles(result.stored.fileName, variantWidths(result.stored));
  return { ok: true, message: result.message, mediaId };
}
