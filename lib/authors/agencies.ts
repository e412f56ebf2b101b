import "server-only";
import { findAuthorByName } from "@/lib/articles/bylines";
import { recordAudit } from "@/lib/audit/record";
import type { SessionUser } from "@/lib/auth/session-user";
import type { AgencyInput, MergeAgencyInput } from "@/lib/authors/schema";
import type { Revalidation } from "@/lib/cache/tags";
import type { Prisma, PrismaClient } from "@/lib/generated/prisma/client";
import { redirectInto } from "@/lib/taxonomy/redirects";
import { storyCount } from "@/lib/taxonomy/story-count";

export type AgencyContext = { actor: SessionUser; ip: string };

export type AgencyResult =
  | { ok: true; message: string; authorId: string; revalidate: Revalidation }
  | { ok: false; message: string; field?: "authorId" | "name" | "into" };

type Author = Prisma.AuthorGetPayload<object>;

const NOT_AN_AGENCY: AgencyResult = {
  ok: false,
  message: "This agency does not exist. Reload the list of bylines and try again.",
  field: "authorId",
};

// Bylines show on stories, author pages and feeds.
const EVERY_READER_PAGE: Revalidation = { articleIds: [], taxonomy: true };

async function changeAgency(
  client: PrismaClient,
  authorId: string,
  change: (tx: Prisma.TransactionClient, agency: Author) => Promise<AgencyResult>,
): Promise<AgencyResult> {
  return client.$transaction(async (tx) => {
    const agency = await tx.author.findUnique({ where: { id: authorId } });
    return agency?.kind === "AGENCY" ? change(tx, agency) : NOT_AN_AGENCY;
  });
}

/** An agency's name, description and site; its address stays. */
export async function updateAgency(
  client: PrismaClient,
  { authorId, ...fields }: AgencyInput,
  { actor, ip }: AgencyContext,
): Promise<AgencyResult> {
  return changeAgency(client, authorId, async (tx, agency) => {
    const clash = await findAuthorByName(tx, fields.name);
    if (clash && clash.id !== agency.id)
      return {
        ok: false,
        message: `There is already a byline called ${clash.name}: merge this agency into it instead.`,
        field: "name",
      };
    await tx.author.update({ where: { id: agency.id }, data: fields });
    await recordAudit(tx, {
      action: "author.update",
      actor,
      targetType: "author",
      targetId: agency.id,
      details: { name: fields.name, from: { name: agency.name, bio: agency.bio, url: agency.url }, to: fields },
      ip,
    });
    return { ok: true, message: `${fields.name} is saved.`, authorId: agency.id, revalidate: EVERY_READER_PAGE };
  });
}

/**
 * Merges a duplicate agency ("AP" into "Associated Press"): its stories carry
 * the other byline instead (once, where a story had both), its addresses lead
 * there, and it is gone. Agencies only: a staff byline belongs to a person.
 */
export async function mergeAgencies(
  client: PrismaClient,
  { authorId, into }: MergeAgencyInput,
  { actor, ip }: AgencyContext,
): Promise<AgencyResult> {
  return changeAgency(client, authorId, async (tx, agency) => {
    const target = await findAuthorByName(tx, into);
    if (!target) return { ok: false, message: `There is no agency called ${into}.`, field: "into" };
    if (target.kind !== "AGENCY")
      return { ok: false, message: `${target.name} is a staff writer: merge into an agency.`, field: "into" };
    if (target.id === agency.id) return { ok: false, message: "Choose another agency to merge into.", field: "into" };
    const stories = await tx.articleAuthor.count({ where: { authorId: agency.id } });
    await tx.articleAuthor.deleteMany({
      where: { authorId: agency.id, article: { authors: { some: { authorId: target.id } } } },
    });
    await tx.articleAuthor.updateMany({ where: { authorId: agency.id }, data: { authorId: target.id } });
    await redirectInto(tx, "AUTHOR", { fromId: agency.id, fromSlug: agency.slug, toId: target.id });
    await tx.author.delete({ where: { id: agency.id } });
    await recordAudit(tx, {
      action: "author.merge",
      actor,
      targetType: "author",
      targetId: target.id,
      details: { name: agency.name, slug: agency.slug, into: target.name, stories },
      ip,
    });
    return {
      ok: true,
      message: `${agency.name} is merged into ${target.name}: ${storyCount(stories)} moved to its byline.`,
      authorId: target.id,
      revalidate: EVERY_READER_PAGE,
    };
  });
}
