import "server-only";
import { slugFromHeadline } from "@/lib/articles/slug";
import { recordAudit } from "@/lib/audit/record";
import type { SessionUser } from "@/lib/auth/session-user";
import type { Revalidation } from "@/lib/cache/tags";
import { isUniqueViolation } from "@/lib/db-errors";
import type { Prisma, PrismaClient } from "@/lib/generated/prisma/client";
import type {
  CreateSectionInput,
  DeleteSectionInput,
  MoveSectionInput,
  SectionNavigationInput,
  UpdateSectionInput,
} from "@/lib/sections/schema";
import {
  claimTaxonomySlug,
  deleteTaxonomyRedirects,
  freeTaxonomySlug,
  recordTaxonomySlugChange,
  redirectInto,
} from "@/lib/taxonomy/redirects";
import { storyCount } from "@/lib/taxonomy/story-count";

/** Who is changing the sections, and from where (for the audit log). */
export type SectionContext = { actor: SessionUser; ip: string };

export type SectionResult =
  | { ok: true; message: string; sectionId: string; revalidate: Revalidation }
  | { ok: false; message: string; field?: "name" | "slug" | "moveTo" | "sectionId" };

// A section's name and place show on every reader page, through the navigation.
const EVERY_READER_PAGE: Revalidation = { articleIds: [], taxonomy: true };

const NO_SUCH_SECTION: SectionResult = {
  ok: false,
  message: "This section does not exist. Reload the list of sections and try again.",
  field: "sectionId",
};

function nameTaken(name: string): SectionResult {
  return { ok: false, message: `There is already a section called ${name}.`, field: "name" };
}

type Section = Prisma.SectionGetPayload<object>;

/** Runs a change to one section in a transaction, turning a name clash into a message. */
async function changeSection(
  client: PrismaClient,
  sectionId: string,
  name: string | null,
  change: (tx: Prisma.TransactionClient, section: Section) => Promise<SectionResult>,
): Promise<SectionResult> {
  try {
    return await client.$transaction(async (tx) => {
      const section = await tx.section.findUnique({ where: { id: sectionId } });
      return section ? change(tx, section) : NO_SUCH_SECTION;
    });
  } catch (error) {
    // Another editor took the name a moment ago.
    if (name !== null && isUniqueViolation(error)) return nameTaken(name);
    throw error;
  }
}

/** Adds a section at the end of the navigation, its slug made from its name. */
export async function createSection(
  client: PrismaClient,
  input: CreateSectionInput,
  { actor, ip }: SectionContext,
): Promise<SectionResult> {
  try {
    return await client.$transaction(async (tx) => {
      if (await tx.section.findUnique({ where: { name: input.name }, select: { id: true } }))
        return nameTaken(input.name);
      const slug = await freeTaxonomySlug(tx, "SECTION", slugFromHeadline(input.name));
      const last = await tx.section.aggregate({ _max: { position: true } });
      const section = await tx.section.create({
        data: { ...input, slug, position: (last._max.position ?? -1) + 1 },
      });
      await recordAudit(tx, {
        action: "section.create",
        actor,
        targetType: "section",
        targetId: section.id,
        details: { name: section.name, slug: section.slug },
        ip,
      });
      return {
        ok: true,
        message: `${section.name} is added, at the end of the navigation.`,
        sectionId: section.id,
        revalidate: EVERY_READER_PAGE,
      };
    });
  } catch (error) {
    if (isUniqueViolation(error)) return nameTaken(input.name);
    throw error;
  }
}

/** Renames a section, its slug or its description; a new slug leaves the old address redirecting. */
export async function updateSection(
  client: PrismaClient,
  { sectionId, ...fields }: UpdateSectionInput,
  { actor, ip }: SectionContext,
): Promise<SectionResult> {
  return changeSection(client, sectionId, fields.name, async (tx, section) => {
    const clash = await tx.section.findUnique({ where: { name: fields.name }, select: { id: true } });
    if (clash && clash.id !== section.id) return nameTaken(fields.name);
    const claim = await claimTaxonomySlug(tx, "SECTION", fields.slug, section.id);
    if (!claim.ok) return { ok: false, message: claim.message, field: "slug" };
    await tx.section.update({ where: { id: section.id }, data: fields });
    await recordTaxonomySlugChange(tx, "SECTION", section.id, section.slug, fields.slug);
    await recordAudit(tx, {
      action: "section.update",
      actor,
      targetType: "section",
      targetId: section.id,
      details: {
        from: { name: section.name, slug: section.slug, description: section.description },
        to: fields,
      },
      ip,
    });
    const moved = section.slug === fields.slug ? "" : ` Its old address now leads to /sections/${fields.slug}.`;
    return {
      ok: true,
      message: `${fields.name} is saved.${moved}`,
      sectionId: section.id,
      revalidate: EVERY_READER_PAGE,
    };
  });
}

/** Every section in navigation order, numbered 0, 1, 2… */
async function sectionsInOrder(tx: Prisma.TransactionClient) {
  return tx.section.findMany({
    orderBy: [{ position: "asc" }, { name: "asc" }],
    select: { id: true, name: true, position: true },
  });
}

/** Moves a section one place up or down the navigation. */
export async function moveSection(
  client: PrismaClient,
  { sectionId, direction }: MoveSectionInput,
  { actor, ip }: SectionContext,
): Promise<SectionResult> {
  return changeSection(client, sectionId, null, async (tx, section) => {
    const order = await sectionsInOrder(tx);
    const from = order.findIndex((row) => row.id === section.id);
    const to = direction === "up" ? from - 1 : from + 1;
    if (to < 0 || to >= order.length)
      return { ok: false, message: `${section.name} is already ${direction === "up" ? "first" : "last"}.` };
    const [moving] = order.splice(from, 1);
    order.splice(to, 0, moving as (typeof order)[number]);
    for (const [position, row] of order.entries())
      if (row.position !== position) await tx.section.update({ where: { id: row.id }, data: { position } });
    await recordAudit(tx, {
      action: "section.navigation",
      actor,
      targetType: "section",
      targetId: section.id,
      details: { name: section.name, moved: direction, position: to + 1 },
      ip,
    });
    return {
      ok: true,
      message: `${section.name} is now number ${to + 1} of ${order.length}.`,
      sectionId: section.id,
      revalidate: EVERY_READER_PAGE,
    };
  });
}

/** Shows a section in the site's navigation, or hides it there (its page and feed stay). */
export async function setSectionInNavigation(
  client: PrismaClient,
  { sectionId, inNavigation }: SectionNavigationInput,
  { actor, ip }: SectionContext,
): Promise<SectionResult> {
  return changeSection(client, sectionId, null, async (tx, section) => {
    await tx.section.update({ where: { id: section.id }, data: { inNavigation } });
    await recordAudit(tx, {
      action: "section.navigation",
      actor,
      targetType: "section",
      targetId: section.id,
      details: { name: section.name, inNavigation },
      ip,
    });
    return {
      ok: true,
      message: inNavigation
        ? `${section.name} is shown in the navigation.`
        : `${section.name} is hidden from the navigation; its page and feed still answer.`,
      sectionId: section.id,
      revalidate: EVERY_READER_PAGE,
    };
  });
}

/**
 * Deletes a section. One with stories goes only with them moved to another
 * section, in the same transaction; its old address then leads there.
 */
export async function deleteSection(
  client: PrismaClient,
  { sectionId, moveTo }: DeleteSectionInput,
  { actor, ip }: SectionContext,
): Promise<SectionResult> {
  return changeSection(client, sectionId, null, async (tx, section) => {
    const stories = await tx.article.count({ where: { sectionId: section.id } });
    const target = moveTo ? await tx.section.findUnique({ where: { id: moveTo } }) : null;
    if (stories > 0 && (!target || target.id === section.id))
      return {
        ok: false,
        message: `${section.name} has ${storyCount(stories)}. Choose a section to move ${stories === 1 ? "it" : "them"} to.`,
        field: "moveTo",
      };
    if (target && target.id !== section.id) {
      // Not updateMany: Prisma would stamp every moved story as updated now, and readers would see "Updated".
      await tx.$executeRaw`UPDATE "Article" SET "sectionId" = ${target.id} WHERE "sectionId" = ${section.id}`;
      await redirectInto(tx, "SECTION", { fromId: section.id, fromSlug: section.slug, toId: target.id });
    } else {
      await deleteTaxonomyRedirects(tx, "SECTION", section.id);
    }
    await tx.section.delete({ where: { id: section.id } });
    await recordAudit(tx, {
      action: "section.delete",
      actor,
      targetType: "section",
      targetId: section.id,
      details: { name: section.name, slug: section.slug, stories, movedTo: target?.name ?? null },
      ip,
    });
    return {
      ok: true,
      message:
        stories > 0 && target
          ? `${section.name} is deleted; its ${stories === 1 ? "story is" : `${stories} stories are`} now in ${target.name}.`
          : `${section.name} is deleted.`,
      sectionId: section.id,
      revalidate: EVERY_READER_PAGE,
    };
  });
}
