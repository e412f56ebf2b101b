import "server-only";
import { slugFromHeadline } from "@/lib/articles/slug";
import { recordAudit } from "@/lib/audit/record";
import { can } from "@/lib/auth/policy";
import type { SessionUser } from "@/lib/auth/session-user";
import type { ProfileInput } from "@/lib/authors/schema";
import type { Revalidation } from "@/lib/cache/tags";
import type { Prisma, PrismaClient } from "@/lib/generated/prisma/client";
import { freeTaxonomySlug } from "@/lib/taxonomy/redirects";

export type ProfileContext = { actor: SessionUser; ip: string };

export type ProfileResult =
  | { ok: true; message: string; authorId: string; slug: string; revalidate: Revalidation }
  | { ok: false; message: string; field?: "authorId" | "photoMediaId" };

type Author = Prisma.AuthorGetPayload<object>;

const NO_SUCH_AUTHOR: ProfileResult = {
  ok: false,
  message: "This byline does not exist. Reload the page and try again.",
  field: "authorId",
};
const NOT_YOURS: ProfileResult = {
  ok: false,
  message: "You may change only your own profile. Ask an editor to change this one.",
};

/** The byline being saved: the one named, or the actor's own, made on their first save. */
async function bylineToSave(
  tx: Prisma.TransactionClient,
  input: ProfileInput,
  actor: SessionUser,
): Promise<Author | "missing" | "new"> {
  if (input.authorId) return (await tx.author.findUnique({ where: { id: input.authorId } })) ?? "missing";
  return (await tx.author.findUnique({ where: { userId: actor.id } })) ?? "new";
}

/**
 * Saves a staff writer's profile: name, role title, bio, photo and credit,
 * links. Anyone may keep their own; editors keep everyone's (the policy's
 * "author.edit", asked about the byline loaded here). The byline's address
 * stays as it is, so links to it keep working.
 */
export async function saveProfile(
  client: PrismaClient,
  input: ProfileInput,
  { actor, ip }: ProfileContext,
): Promise<ProfileResult> {
  return client.$transaction(async (tx) => {
    const byline = await bylineToSave(tx, input, actor);
    if (byline === "missing") return NO_SUCH_AUTHOR;
    const isAgency = byline !== "new" && byline.kind !== "STAFF";
    // A first save makes the actor's own byline: the policy is asked about that one.
    if (isAgency || !can(actor, "author.edit", byline === "new" ? { userId: actor.id } : byline)) {
      await recordAudit(tx, { action: "access.denied", actor, details: { attempted: "author.edit" }, ip });
      return isAgency ? { ok: false, message: "An agency has no staff profile." } : NOT_YOURS;
    }
    if (input.photoMediaId && !(await tx.media.findUnique({ where: { id: input.photoMediaId }, select: { id: true } })))
      return { ok: false, message: "That photo is no longer there. Upload it again.", field: "photoMediaId" };
    const fields = {
      name: input.name,
      jobTitle: input.jobTitle,
      bio: input.bio,
      photoMediaId: input.photoMediaId || null,
      photoCredit: input.photoMediaId ? input.photoCredit : "",
      links: JSON.stringify(input.links),
    };
    const saved =
      byline === "new"
        ? await tx.author.create({
            data: {
              ...fields,
              kind: "STAFF",
              userId: actor.id,
              slug: await freeTaxonomySlug(tx, "AUTHOR", slugFromHeadline(input.name)),
            },
          })
        : await tx.author.update({ where: { id: byline.id }, data: fields });
    const changed =
      byline === "new"
        ? Object.keys(fields)
        : Object.entries(fields)
            .filter(([key, value]) => byline[key as keyof typeof fields] !== value)
            .map(([key]) => key);
    await recordAudit(tx, {
      action: "author.update",
      actor,
      targetType: "author",
      targetId: saved.id,
      details: { name: saved.name, changed },
      ip,
    });
    const whose = saved.userId === actor.id ? "Your profile" : `${saved.name}'s profile`;
    return {
      ok: true,
      message: `${whose} is saved. Readers see it at /authors/${saved.slug}.`,
      authorId: saved.id,
      slug: saved.slug,
      revalidate: { articleIds: [], taxonomy: true },
    };
  });
}
