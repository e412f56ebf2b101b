import { addDays } from "date-fns";
import { type Actor, can } from "@/lib/auth/policy";
import { db } from "@/lib/db";
import type { Prisma, PrismaClient } from "@/lib/generated/prisma/client";

/**
 * The desk, /editor: the four short lists a newsroom opens on. Editors see
 * everyone's stories in review, scheduled and published; writers only their
 * own. "My drafts" is the user's own drafts, whatever their role.
 *
 * Each list is one query that walks an index in the list's order and stops
 * after `size` rows (see desk.plan.test.ts), so the desk costs the same on
 * 100,000 stories as on 100.
 */

/** How many stories each list shows; the full list is a link away. */
export const DESK_LIST_SIZE = 8;
/** How far ahead "Scheduled" looks. */
export const SCHEDULE_DAYS = 7;

const rowSelect = {
  id: true,
  headline: true,
  updatedAt: true,
  publishedAt: true,
  submittedAt: true,
  section: { select: { name: true } },
  submittedBy: { select: { name: true } },
} satisfies Prisma.ArticleSelect;

export type DeskStory = {
  id: string;
  headline: string;
  section: string | null;
  updatedAt: Date;
  publishedAt: Date | null;
  /** Who sent it for review, and when (stories in review only). */
  submittedBy: string | null;
  submittedAt: Date | null;
};

export type Desk = {
  /** Whether the lists hold everyone's stories (editors) or only the user's own (writers); drafts are always one's own. */
  everyone: boolean;
  /** Longest waiting first. */
  needsReview: DeskStory[];
  /** Due within SCHEDULE_DAYS, soonest first. */
  scheduled: DeskStory[];
  /** Last edited first. */
  drafts: DeskStory[];
  /** Newest first. */
  published: DeskStory[];
};

function toDeskStory(row: Prisma.ArticleGetPayload<{ select: typeof rowSelect }>): DeskStory {
  return {
    id: row.id,
    headline: row.headline,
    section: row.section?.name ?? null,
    updatedAt: row.updatedAt,
    publishedAt: row.publishedAt,
    submittedBy: row.submittedBy?.name ?? null,
    submittedAt: row.submittedAt,
  };
}

/** The desk as `actor` sees it at `now`: at most `size` stories in each list. */
export async function getDesk(
  actor: Actor,
  now: Date = new Date(),
  client: PrismaClient = db,
  size: number = DESK_LIST_SIZE,
): Promise<Desk> {
  const own: Prisma.ArticleWhereInput = { createdById: actor.id };
  const everyone = can(actor, "article.viewAll", null);
  const visible = everyone ? {} : own;
  const list = (where: Prisma.ArticleWhereInput, orderBy: Prisma.ArticleOrderByWithRelationInput[]) =>
    client.article.findMany({ where, orderBy, take: size, select: rowSelect }).then((rows) => rows.map(toDeskStory));

  // Each order is an index's own order, so SQLite never sorts what it found (see the desk_indexes
  // migration). submittedAt is set exactly while a story is in review (lib/articles/save.ts), so
  // "not null" lets the walk skip every other story. "Scheduled" walks (publishedAt desc, id)
  // backwards, so stories due at the same moment come last id first.
  const [needsReview, scheduled, drafts, published] = await Promise.all([
    list({ ...visible, status: "IN_REVIEW", submittedAt: { not: null } }, [{ submittedAt: "asc" }]),
    list({ ...visible, status: "SCHEDULED", publishedAt: { gt: now, lte: addDays(now, SCHEDULE_DAYS) } }, [
      { publishedAt: "asc" },
      { id: "desc" },
    ]),
    list({ ...own, status: "DRAFT" }, [{ updatedAt: "desc" }]),
    list({ ...visible, status: { in: ["PUBLISHED", "SCHEDULED"] }, publishedAt: { lte: now } }, [
      { publishedAt: "desc" },
      { id: "asc" },
    ]),
  ]);
  return { everyone, needsReview, scheduled, drafts, published };
}
