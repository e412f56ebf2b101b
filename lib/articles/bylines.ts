import type { Prisma } from "@/lib/generated/prisma/client";
import { firstFreeSlug, slugFromHeadline } from "@/lib/articles/slug";

/**
 * An agency byline such as "Reuters": the author with that name (or the same
 * slug, so "reuters" finds "Reuters"), created as an AGENCY when there is none.
 */
export async function findOrCreateAgency(tx: Prisma.TransactionClient, name: string): Promise<{ id: string; created: boolean }> {
  const slug = slugFromHeadline(name);
  const existing = await tx.author.findFirst({ where: { OR: [{ name }, { slug }] }, select: { id: true } });
  if (existing) return { id: existing.id, created: false };
  const freeSlug = await firstFreeSlug(slug, async (candidate) => (await tx.author.count({ where: { slug: candidate } })) > 0);
  const created = await tx.author.create({ data: { name, slug: freeSlug, kind: "AGENCY" }, select: { id: true } });
  return { id: created.id, created: true };
}

/** Ids of the named agencies in byline order, without repeats. */
export async function findOrCreateAgencies(tx: Prisma.TransactionClient, names: readonly string[]): Promise<string[]> {
  const ids: string[] = [];
  for (const name of names) ids.push((await findOrCreateAgency(tx, name)).id);
  return [...new Set(ids)];
}
