import { firstFreeSlug, slugFromHeadline } from "@/lib/articles/slug";
import type { Prisma } from "@/lib/generated/prisma/client";

/**
 * Tag ids for the names a writer picked or typed, in order. A name matches an
 * existing tag by name or by slug ("russia" is "Russia"); others are created.
 */
export async function findOrCreateTags(
  tx: Prisma.TransactionClient,
  names: readonly string[],
): Promise<{ ids: string[]; created: boolean }> {
  const ids: string[] = [];
  let created = false;
  for (const name of names) {
    const slug = slugFromHeadline(name);
    const existing = await tx.tag.findFirst({ where: { OR: [{ name }, { slug }] }, select: { id: true } });
    if (existing) {
      ids.push(existing.id);
      continue;
    }
    const freeSlug = await firstFreeSlug(
      slug,
      async (candidate) => (await tx.tag.count({ where: { slug: candidate } })) > 0,
    );
    ids.push((await tx.tag.create({ data: { name, slug: freeSlug }, select: { id: true } })).id);
    created = true;
  }
  return { ids: [...new Set(ids)], created };
}
