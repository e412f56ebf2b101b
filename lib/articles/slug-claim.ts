import { firstFreeSlug } from "@/lib/articles/slug";
import type { Prisma } from "@/lib/generated/prisma/client";

/** The headline of another story that has, or used to have, this slug. */
async function otherHolder(
  tx: Prisma.TransactionClient,
  slug: string,
  articleId: string | null,
): Promise<{ headline: string; former: boolean } | null> {
  const current = await tx.article.findUnique({ where: { slug }, select: { id: true, headline: true } });
  if (current && current.id !== articleId) return { headline: current.headline, former: false };
  const redirect = await tx.slugRedirect.findUnique({
    where: { slug },
    select: { articleId: true, article: { select: { headline: true } } },
  });
  if (redirect && redirect.articleId !== articleId) return { headline: redirect.article.headline, former: true };
  return null;
}

export type SlugClaim = { ok: true; slug: string } | { ok: false; message: string };

/**
 * The slug this story may take. A slug that still follows the headline is
 * numbered when taken ("…-2"); one typed by hand is refused, saying by whom.
 * Former slugs count as taken: their old links must keep leading to their story.
 */
export async function claimSlug(
  tx: Prisma.TransactionClient,
  slug: string,
  followsHeadline: boolean,
  articleId: string | null,
): Promise<SlugClaim> {
  const holder = await otherHolder(tx, slug, articleId);
  if (!holder) return { ok: true, slug };
  if (followsHeadline)
    return {
      ok: true,
      slug: await firstFreeSlug(slug, async (candidate) => (await otherHolder(tx, candidate, articleId)) !== null),
    };
  return {
    ok: false,
    message: holder.former
      ? `The slug "${slug}" used to belong to "${holder.headline}", and its old links still lead there. Choose another.`
      : `The slug "${slug}" is already used by "${holder.headline}". Choose another.`,
  };
}

/**
 * After a rename: a story readers have seen keeps its old address as a
 * redirect; a story taking back a former slug of its own drops that redirect.
 */
export async function recordSlugChange(
  tx: Prisma.TransactionClient,
  articleId: string,
  oldSlug: string,
  newSlug: string,
  hasBeenPublic: boolean,
): Promise<void> {
  if (oldSlug === newSlug) return;
  await tx.slugRedirect.deleteMany({ where: { slug: newSlug, articleId } });
  if (hasBeenPublic)
    await tx.slugRedirect.upsert({
      where: { slug: oldSlug },
      update: { articleId },
      create: { slug: oldSlug, articleId },
    });
}
