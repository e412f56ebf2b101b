import { firstFreeSlug, slugFromHeadline } from "@/lib/articles/slug";
import type { Prisma, PrismaClient } from "@/lib/generated/prisma/client";

/** The author with that name, or the same slug ("reuters" finds "Reuters"). */
export async function findAuthorByName(
  client: PrismaClient | Prisma.TransactionClient,
  name: string,
): Promise<{ id: string; name: string } | null> {
  return client.author.findFirst({
    where: { OR: [{ name }, { slug: slugFromHeadline(name) }] },
    select: { id: true, name: true },
  });
}

/** An agency byline such as "Reuters": the existing author, or a new AGENCY author. */
export async function findOrCreateAgency(
  tx: Prisma.TransactionClient,
  name: string,
): Promise<{ id: string; created: boolean }> {
  const existing = await findAuthorByName(tx, name);
  if (existing) return { id: existing.id, created: false };
  const slug = slugFromHeadline(name);
  const freeSlug = await firstFreeSlug(
    slug,
    async (candidate) => (await tx.author.count({ where: { slug: candidate } })) > 0,
  );
  const created = await tx.author.create({ data: { name, slug: freeSlug, kind: "AGENCY" }, select: { id: true } });
  return { id: created.id, created: true };
}

/** Ids of the named agencies in byline order, without repeats. */
export async function findOrCreateAgencies(tx: Prisma.TransactionClient, names: readonly string[]): Promise<string[]> {
  const ids: string[] = [];
  for (const name of names) ids.push((await findOrCreateAgency(tx, name)).id);
  return [...new Set(ids)];
}
