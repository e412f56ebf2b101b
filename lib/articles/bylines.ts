import { slugFromHeadline } from "@/lib/articles/slug";
import type { Prisma, PrismaClient } from "@/lib/generated/prisma/client";
import { findTaxonomyTarget, freeTaxonomySlug } from "@/lib/taxonomy/redirects";

/**
 * The author with that name, or the same slug ("reuters" finds "Reuters"), or
 * the one a merged agency of that name became.
 */
export async function findAuthorByName(
  client: PrismaClient | Prisma.TransactionClient,
  name: string,
): Promise<{ id: string; name: string; kind: "STAFF" | "AGENCY" } | null> {
  const select = { id: true, name: true, kind: true } as const;
  const slug = slugFromHeadline(name);
  const author = await client.author.findFirst({ where: { OR: [{ name }, { slug }] }, select });
  if (author) return author;
  const mergedInto = await findTaxonomyTarget(client, "AUTHOR", slug);
  return mergedInto ? client.author.findUnique({ where: { id: mergedInto }, select }) : null;
}

/** An agency byline such as "Reuters": the existing author, or a new AGENCY author. */
export async function findOrCreateAgency(
  tx: Prisma.TransactionClient,
  name: string,
): Promise<{ id: string; created: boolean }> {
  const existing = await findAuthorByName(tx, name);
  if (existing) return { id: existing.id, created: false };
  const slug = await freeTaxonomySlug(tx, "AUTHOR", slugFromHeadline(name));
  const created = await tx.author.create({ data: { name, slug, kind: "AGENCY" }, select: { id: true } });
  return { id: created.id, created: true };
}

/** Ids of the named agencies in byline order, without repeats. */
export async function findOrCreateAgencies(tx: Prisma.TransactionClient, names: readonly string[]): Promise<string[]> {
  const ids: string[] = [];
  for (const name of names) ids.push((await findOrCreateAgency(tx, name)).id);
  return [...new Set(ids)];
}
