import "server-only";
import { slugFromHeadline } from "@/lib/articles/slug";
import { recordAudit } from "@/lib/audit/record";
import type { SessionUser } from "@/lib/auth/session-user";
import type { Revalidation } from "@/lib/cache/tags";
import { isUniqueViolation } from "@/lib/db-errors";
import type { Prisma, PrismaClient } from "@/lib/generated/prisma/client";
import type { DeleteTagInput, MergeTagInput, RenameTagInput } from "@/lib/tags/schema";
import {
  claimTaxonomySlug,
  deleteTaxonomyRedirects,
  findTaxonomyTarget,
  recordTaxonomySlugChange,
  redirectInto,
} from "@/lib/taxonomy/redirects";
import { storyCount } from "@/lib/taxonomy/story-count";

/** Who is changing the tags, and from where (for the audit log). */
export type TagContext = { actor: SessionUser; ip: string };

export type TagResult =
  | { ok: true; message: string; tagId: string; revalidate: Revalidation }
  | { ok: false; message: string; field?: "name" | "slug" | "into" | "tagId" };

// Tags show on their stories, their pages and the feeds: every reader page that lists or shows them.
const EVERY_READER_PAGE: Revalidation = { articleIds: [], taxonomy: true };

const NO_SUCH_TAG: TagResult = {
  ok: false,
  message: "This tag does not exist. Reload the list of tags and try again.",
  field: "tagId",
};

type Tag = Prisma.TagGetPayload<object>;

/** Runs a change to one tag in a transaction, turning a name clash into a message. */
async function changeTag(
  client: PrismaClient,
  tagId: string,
  change: (tx: Prisma.TransactionClient, tag: Tag) => Promise<TagResult>,
): Promise<TagResult> {
  try {
    return await client.$transaction(async (tx) => {
      const tag = await tx.tag.findUnique({ where: { id: tagId } });
      return tag ? change(tx, tag) : NO_SUCH_TAG;
    });
  } catch (error) {
    // Another editor took the name a moment ago.
    if (isUniqueViolation(error)) return { ok: false, message: "That name was taken a moment ago.", field: "name" };
    throw error;
  }
}

/** Renames a tag and its slug; the old address leads to the new one. */
export async function renameTag(
  client: PrismaClient,
  { tagId, name, slug }: RenameTagInput,
  { actor, ip }: TagContext,
): Promise<TagResult> {
  return changeTag(client, tagId, async (tx, tag) => {
    const clash = await tx.tag.findUnique({ where: { name }, select: { id: true } });
    if (clash && clash.id !== tag.id)
      return { ok: false, message: `A tag called ${name} exists: merge into it instead.`, field: "name" };
    const claim = await claimTaxonomySlug(tx, "TAG", slug, tag.id);
    if (!claim.ok) return { ok: false, message: claim.message, field: "slug" };
    await tx.tag.update({ where: { id: tag.id }, data: { name, slug } });
    await recordTaxonomySlugChange(tx, "TAG", tag.id, tag.slug, slug);
    await recordAudit(tx, {
      action: "tag.update",
      actor,
      targetType: "tag",
      targetId: tag.id,
      details: { from: { name: tag.name, slug: tag.slug }, to: { name, slug } },
      ip,
    });
    const moved = tag.slug === slug ? "" : ` Its old address now leads to /tags/${slug}.`;
    return { ok: true, message: `${name} is saved.${moved}`, tagId: tag.id, revalidate: EVERY_READER_PAGE };
  });
}

/** The tag a person means by a name or a slug, a former one included. */
async function findTagByName(tx: Prisma.TransactionClient, name: string): Promise<Tag | null> {
  const slug = slugFromHeadline(name);
  const tag = await tx.tag.findFirst({ where: { OR: [{ name }, { slug: name }, { slug }] } });
  if (tag) return tag;
  const targetId = await findTaxonomyTarget(tx, "TAG", slug);
  return targetId ? tx.tag.findUnique({ where: { id: targetId } }) : null;
}

/**
 * Merges a tag into another ("U.S." into "United States"): its stories carry
 * the other tag instead (once, where a story had both), its addresses lead
 * there, and it is gone.
 */
export async function mergeTags(
  client: PrismaClient,
  { tagId, into }: MergeTagInput,
  { actor, ip }: TagContext,
): Promise<TagResult> {
  return changeTag(client, tagId, async (tx, tag) => {
    const target = await findTagByName(tx, into);
    if (!target) return { ok: false, message: `There is no tag called ${into}.`, field: "into" };
    if (target.id === tag.id) return { ok: false, message: "Choose another tag to merge into.", field: "into" };
    const stories = await tx.articleTag.count({ where: { tagId: tag.id } });
    // A story that has both keeps the surviving tag's link, in its own place.
    await tx.articleTag.deleteMany({
      where: { tagId: tag.id, article: { tags: { some: { tagId: target.id } } } },
    });
    await tx.articleTag.updateMany({ where: { tagId: tag.id }, data: { tagId: target.id } });
    await redirectInto(tx, "TAG", { fromId: tag.id, fromSlug: tag.slug, toId: target.id });
    await tx.tag.delete({ where: { id: tag.id } });
    await recordAudit(tx, {
      action: "tag.merge",
      actor,
      targetType: "tag",
      targetId: target.id,
      details: { name: tag.name, slug: tag.slug, into: target.name, stories },
      ip,
    });
    return {
      ok: true,
      message: `${tag.name} is merged into ${target.name}: ${storyCount(stories)} retagged, and /tags/${tag.slug} leads to /tags/${target.slug}.`,
      tagId: target.id,
      revalidate: EVERY_READER_PAGE,
    };
  });
}

/** Deletes a tag: it is taken off its stories, and its addresses answer "not found". */
export async function deleteTag(
  client: PrismaClient,
  { tagId }: DeleteTagInput,
  { actor, ip }: TagContext,
): Promise<TagResult> {
  return changeTag(client, tagId, async (tx, tag) => {
    const stories = await tx.articleTag.count({ where: { tagId: tag.id } });
    await tx.articleTag.deleteMany({ where: { tagId: tag.id } });
    await deleteTaxonomyRedirects(tx, "TAG", tag.id);
    await tx.tag.delete({ where: { id: tag.id } });
    await recordAudit(tx, {
      action: "tag.delete",
      actor,
      targetType: "tag",
      targetId: tag.id,
      details: { name: tag.name, slug: tag.slug, stories },
      ip,
    });
    return {
      ok: true,
      message: `${tag.name} is deleted and taken off ${storyCount(stories)}.`,
      tagId: tag.id,
      revalidate: EVERY_READER_PAGE,
    };
  });
}
