import { firstFreeSlug } from "@/lib/articles/slug";
import type { Prisma, PrismaClient } from "@/lib/generated/prisma/client";
import type { TaxonomyKind } from "@/lib/generated/prisma/enums";

/**
 * The former slugs of sections, tags and authors. A renamed or merged one
 * keeps its old address, and the page there answers 308 to the current one,
 * as a renamed story does (lib/articles/slug-claim.ts). Redirects stay one hop
 * deep: a merge moves the merged one's former slugs to the survivor.
 */

type Client = Prisma.TransactionClient | PrismaClient;

/** A section, tag or author, by its id or its current slug. */
async function findByKind(
  client: Client,
  kind: TaxonomyKind,
  where: { id: string } | { slug: string },
): Promise<{ id: string; slug: string } | null> {
  const query = { where, select: { id: true, slug: true } };
  if (kind === "SECTION") return client.section.findUnique(query);
  if (kind === "TAG") return client.tag.findUnique(query);
  return client.author.findUnique(query);
}

/** Who holds the slug now or held it before, other than `ownId`. */
async function takenBy(
  client: Client,
  kind: TaxonomyKind,
  slug: string,
  ownId: string | null,
): Promise<"current" | "former" | null> {
  const holder = await findByKind(client, kind, { slug });
  if (holder && holder.id !== ownId) return "current";
  const redirect = await client.taxonomyRedirect.findUnique({
    where: { kind_slug: { kind, slug } },
    select: { targetId: true },
  });
  return redirect && redirect.targetId !== ownId ? "former" : null;
}

/** `slug`, or the first of "slug-2", "slug-3"… that nobody holds or held: for a slug made from a name. */
export async function freeTaxonomySlug(client: Client, kind: TaxonomyKind, slug: string): Promise<string> {
  return firstFreeSlug(slug, async (candidate) => (await takenBy(client, kind, candidate, null)) !== null);
}

export type TaxonomySlugClaim = { ok: true } | { ok: false; message: string };

/**
 * Whether one may take a slug typed by hand: not when another holds it or
 * used to (its old links must keep leading there).
 */
export async function claimTaxonomySlug(
  client: Client,
  kind: TaxonomyKind,
  slug: string,
  ownId: string,
): Promise<TaxonomySlugClaim> {
  const taken = await takenBy(client, kind, slug, ownId);
  if (!taken) return { ok: true };
  return {
    ok: false,
    message:
      taken === "former"
        ? `The slug "${slug}" used to belong to another one, and its old links still lead there. Choose another.`
        : `The slug "${slug}" is already in use. Choose another.`,
  };
}

/**
 * After a rename: the old slug leads to its owner, and a slug the owner takes
 * back is no longer a redirect.
 */
export async function recordTaxonomySlugChange(
  tx: Prisma.TransactionClient,
  kind: TaxonomyKind,
  targetId: string,
  oldSlug: string,
  newSlug: string,
): Promise<void> {
  if (oldSlug === newSlug) return;
  await tx.taxonomyRedirect.deleteMany({ where: { kind, slug: newSlug, targetId } });
  await tx.taxonomyRedirect.upsert({
    where: { kind_slug: { kind, slug: oldSlug } },
    update: { targetId },
    create: { kind, slug: oldSlug, targetId },
  });
}

/**
 * Before `fromId` goes (a merge, or a section deleted after its stories
 * moved): its slug and its former slugs lead to `toId`.
 */
export async function redirectInto(
  tx: Prisma.TransactionClient,
  kind: TaxonomyKind,
  { fromId, fromSlug, toId }: { fromId: string; fromSlug: string; toId: string },
): Promise<void> {
  await tx.taxonomyRedirect.updateMany({ where: { kind, targetId: fromId }, data: { targetId: toId } });
  await tx.taxonomyRedirect.upsert({
    where: { kind_slug: { kind, slug: fromSlug } },
    update: { targetId: toId },
    create: { kind, slug: fromSlug, targetId: toId },
  });
}

/** When one is deleted outright: its old addresses answer 404 like its own. */
export async function deleteTaxonomyRedirects(
  tx: Prisma.TransactionClient,
  kind: TaxonomyKind,
  targetId: string,
): Promise<void> {
  await tx.taxonomyRedirect.deleteMany({ where: { kind, targetId } });
}

/** The id of the one a former slug leads to, or null. */
export async function findTaxonomyTarget(client: Client, kind: TaxonomyKind, slug: string): Promise<string | null> {
  const redirect = await client.taxonomyRedirect.findUnique({
    where: { kind_slug: { kind, slug } },
    select: { targetId: true },
  });
  return redirect?.targetId ?? null;
}

/** Where a former slug leads now: the target's current slug, or null. */
export async function findTaxonomyRedirect(client: Client, kind: TaxonomyKind, slug: string): Promise<string | null> {
  const targetId = await findTaxonomyTarget(client, kind, slug);
  return targetId ? ((await findByKind(client, kind, { id: targetId }))?.slug ?? null) : null;
}
