import { slugFromHeadline } from "@/lib/articles/slug";
import type { Prisma } from "@/lib/generated/prisma/client";
import { findTaxonomyTarget, freeTaxonomySlug } from "@/lib/taxonomy/redirects";

/**
 * Tag ids for the names a writer picked or typed, in order. A name matches an
 * existing tag by name or by slug ("russia" is "Russia"), or the tag a former
 * one was merged into ("U.S." is "United States" once merged); others are
 * created, never at a former tag's address.
 */
export async function findOrCreateTags(
  tx: Prisma.TransactionClient,
  names: readonly string[],
): Promise<{ ids: string[]; created: boolean }> {
  const ids: string[] = [];
  let created = false;
  for (const name of names) {
    const slug = slugFromHeadline(name);
    const existing =
      (await tx.tag.findFirst({ where: { OR: [{ name }, { slug }] }, select: { id: true } }))?.id ??
      (await findTaxonomyTarget(tx, "TAG", slug));
    if (existing) {
      ids.push(existing);
      continue;
    }
    const freeSlug = await freeTaxonomySlug(tx, "TAG", slug);
    ids.push((await tx.tag.create({ data: { name, slug: freeSlug }, select: { id: true } })).id);
    created = true;
  }
  return { ids: [...new Set(ids)], created };
}
