import "server-only";
import { slugFromHeadline } from "@/lib/articles/slug";
import { recordAudit } from "@/lib/audit/record";
import { can } from "@/lib/auth/policy";
import type { SessionUser } from "@/lib/auth/session-user";
import { staffBylineSchema } from "@/lib/authors/schema";
import type { PrismaClient } from "@/lib/generated/prisma/client";
import { freeTaxonomySlug } from "@/lib/taxonomy/redirects";

export type StaffBylineContext = { actor: SessionUser; ip: string };

export type StaffBylineResult =
  | { ok: true; authorId: string; name: string; slug: string }
  | { ok: false; message: string };

/**
 * Adds a staff byline that no account owns yet (an author an import brings
 * from the old site). Bylines are the newsroom's taxonomy, so adding one is
 * the policy's "taxonomy.manage"; the byline and its audit event are written
 * together or not at all.
 */
export async function createStaffByline(
  client: PrismaClient,
  input: unknown,
  { actor, ip }: StaffBylineContext,
): Promise<StaffBylineResult> {
  const parsed = staffBylineSchema.safeParse(input);
  if (!parsed.success)
    return { ok: false, message: parsed.error.issues[0]?.message ?? "The byline was not understood." };
  const { name, slug, bio } = parsed.data;
  return client.$transaction(async (tx) => {
    if (!can(actor, "taxonomy.manage", null)) {
      await recordAudit(tx, { action: "access.denied", actor, details: { attempted: "author.create", name }, ip });
      return { ok: false, message: "You may not add bylines. Ask an editor." };
    }
    const author = await tx.author.create({
      data: { name, bio, kind: "STAFF", slug: await freeTaxonomySlug(tx, "AUTHOR", slugFromHeadline(slug || name)) },
      select: { id: true, name: true, slug: true },
    });
    await recordAudit(tx, {
      action: "author.create",
      actor,
      targetType: "author",
      targetId: author.id,
      details: { name: author.name, slug: author.slug },
      ip,
    });
    return { ok: true, authorId: author.id, name: author.name, slug: author.slug };
  });
}
