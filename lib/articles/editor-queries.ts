import type { CorrectionRow } from "@/lib/articles/corrections";
import { decorateBody } from "@/lib/articles/editor-body";
import { instantToNewsroomTime } from "@/lib/articles/publication-time";
import { type ArticleFormValues, type BylineInput, LIST_PAGE_SIZE, type StoryListQuery } from "@/lib/articles/schema";
import { viewableBy } from "@/lib/articles/viewable";
import { effectiveStatus } from "@/lib/articles/workflow";
import { type Actor, can } from "@/lib/auth/policy";
import { emptyDocument, parseBody } from "@/lib/content/schema";
import { db } from "@/lib/db";
import { ignoringCase } from "@/lib/db-provider";
import type { Prisma, PrismaClient } from "@/lib/generated/prisma/client";
import type { ArticleStatus } from "@/lib/generated/prisma/enums";
import { type MediaSource, mediaSource } from "@/lib/media/urls";
import { newsroomTimeZone } from "@/lib/settings/queries";

/** Reads for the newsroom. Unlike the reader queries, these see every state. */

/** Stories in a state that readers see now or will see at a set time. */
function statusFilter(status: ArticleStatus, now: Date): Prisma.ArticleWhereInput {
  if (status === "PUBLISHED")
    return { OR: [{ status: "PUBLISHED" }, { status: "SCHEDULED", publishedAt: { lte: now } }] };
  if (status === "SCHEDULED") return { status: "SCHEDULED", publishedAt: { gt: now } };
  return { status };
}

const ORDER: Record<StoryListQuery["sort"], Prisma.ArticleOrderByWithRelationInput[]> = {
  updated: [{ updatedAt: "desc" }, { id: "asc" }],
  published: [{ publishedAt: { sort: "desc", nulls: "last" } }, { id: "asc" }],
  headline: [{ headline: "asc" }, { id: "asc" }],
};

export type StoryListRow = {
  id: string;
  headline: string;
  status: ArticleStatus;
  section: string | null;
  bylines: string[];
  lastEditor: string | null;
  updatedAt: Date;
  publishedAt: Date | null;
};

/** The story list: writers see their own stories, editors and admins everyone's. */
export async function listNewsroomStories(actor: Actor, query: StoryListQuery, now: Date = new Date()) {
  const where: Prisma.ArticleWhereInput = {
    AND: [
      can(actor, "article.viewAll", null) ? {} : { createdById: actor.id },
      query.status ? statusFilter(query.status, now) : {},
      query.section ? { sectionId: query.section } : {},
      query.author ? { authors: { some: { authorId: query.author } } } : {},
      query.q ? { headline: ignoringCase(db, { contains: query.q }) } : {},
    ],
  };
  const [total, rows] = await Promise.all([
    db.article.count({ where }),
    db.article.findMany({
      where,
      orderBy: ORDER[query.sort],
      skip: (query.page - 1) * LIST_PAGE_SIZE,
      take: LIST_PAGE_SIZE,
      select: {
        id: true,
        headline: true,
        status: true,
        publishedAt: true,
        updatedAt: true,
        section: { select: { name: true } },
        updatedBy: { select: { name: true } },
        authors: { orderBy: { position: "asc" }, select: { author: { select: { name: true } } } },
      },
    }),
  ]);
  const stories: StoryListRow[] = rows.map((row) => ({
    id: row.id,
    headline: row.headline,
    status: effectiveStatus(row, now),
    section: row.section?.name ?? null,
    bylines: row.authors.map((link) => link.author.name),
    lastEditor: row.updatedBy?.name ?? null,
    updatedAt: row.updatedAt,
    publishedAt: row.publishedAt,
  }));
  return { stories, total, pageCount: Math.max(1, Math.ceil(total / LIST_PAGE_SIZE)) };
}

/** A story as the pickers show it; `live` says whether readers can see it now. */
export type StoryChoice = { id: string; headline: string; live: boolean };

export function toChoice(
  row: { id: string; headline: string; status: ArticleStatus; publishedAt: Date | null },
  now: Date,
): StoryChoice {
  return { id: row.id, headline: row.headline, live: effectiveStatus(row, now) === "PUBLISHED" };
}

export const choiceSelect = {
  id: true,
  headline: true,
  status: true,
  publishedAt: true,
} satisfies Prisma.ArticleSelect;

/**
 * Stories whose headline contains the words typed, for the related-article
 * pickers: those the user may see (viewableBy).
 */
export async function searchStoriesByHeadline(
  actor: Actor,
  text: string,
  excludeId: string | null,
  now: Date = new Date(),
  client: PrismaClient = db,
): Promise<StoryChoice[]> {
  const words = text.trim().split(/\s+/).filter(Boolean).slice(0, 6);
  if (words.length === 0) return [];
  const rows = await client.article.findMany({
    where: {
      AND: [
        viewableBy(actor, now),
        ...words.map((word) => ({ headline: ignoringCase(client, { contains: word }) })),
        excludeId ? { id: { not: excludeId } } : {},
      ],
    },
    orderBy: [{ publishedAt: { sort: "desc", nulls: "first" } }, { id: "asc" }],
    take: 10,
    select: choiceSelect,
  });
  return rows.map((row) => toChoice(row, now));
}

export type EditorOptions = {
  sections: { id: string; name: string }[];
  authors: { id: string; name: string; kind: "STAFF" | "AGENCY" }[];
  tags: string[];
};

/** What the editor's pickers offer. */
export async function editorOptions(): Promise<EditorOptions> {
  const [sections, authors, tags] = await Promise.all([
    db.section.findMany({ orderBy: [{ position: "asc" }, { name: "asc" }], select: { id: true, name: true } }),
    db.author.findMany({ orderBy: [{ kind: "asc" }, { name: "asc" }], select: { id: true, name: true, kind: true } }),
    db.tag.findMany({ orderBy: { name: "asc" }, select: { name: true } }),
  ]);
  return { sections, authors, tags: tags.map((tag) => tag.name) };
}

export type EditorStory = {
  id: string;
  version: number;
  status: ArticleStatus;
  /** The stored status and owner, for the workflow table. */
  workflow: { status: ArticleStatus; createdById: string | null; publishedAt: Date | null };
  slug: string;
  updatedAt: Date;
  lastEditor: string | null;
  values: ArticleFormValues;
  hero: MediaSource | null;
  related: StoryChoice[];
  corrections: CorrectionRow[];
};

/**
 * Everything the editor form starts from for a saved story, or null when
 * there is none. `timeZone`: the newsroom's, when the caller has it (a page
 * has it from the cached settings); else it is read.
 */
export async function getEditorStory(
  id: string,
  now: Date = new Date(),
  client: PrismaClient = db,
  timeZone?: string,
): Promise<EditorStory | null> {
  const row = await client.article.findUnique({
    where: { id },
    include: {
      heroMedia: { select: { fileName: true, width: true, height: true, variants: true } },
      updatedBy: { select: { name: true } },
      authors: { orderBy: { position: "asc" }, select: { author: { select: { id: true, name: true } } } },
      tags: { orderBy: { position: "asc" }, select: { tag: { select: { name: true } } } },
      relatedTo: { orderBy: { position: "asc" }, select: { to: { select: choiceSelect } } },
      corrections: { orderBy: { correctedAt: "asc" }, select: { id: true, text: true, correctedAt: true } },
    },
  });
  if (!row) return null;
  const parsed = parseBody(JSON.parse(row.body));
  const bylines: BylineInput[] = row.authors.map(({ author }) => ({
    kind: "author",
    id: author.id,
    name: author.name,
  }));
  return {
    id: row.id,
    version: row.version,
    status: effectiveStatus(row, now),
    workflow: { status: row.status, createdById: row.createdById, publishedAt: row.publishedAt },
    slug: row.slug,
    updatedAt: row.updatedAt,
    lastEditor: row.updatedBy?.name ?? null,
    hero: row.heroMedia ? mediaSource(row.heroMedia) : null,
    related: row.relatedTo.map(({ to }) => toChoice(to, now)),
    corrections: row.corrections,
    values: {
      headline: row.headline,
      slug: row.slug,
      slugFollowsHeadline: false,
      dek: row.dek,
      sectionId: row.sectionId ?? "",
      tags: row.tags.map(({ tag }) => tag.name),
      bylines,
      dateline: row.dateline,
      sourceName: row.sourceName,
      sourceUrl: row.sourceUrl ?? "",
      heroMediaId: row.heroMediaId ?? "",
      heroAlt: row.heroAlt,
      heroCaption: row.heroCaption,
      heroCredit: row.heroCredit,
      body: await decorateBody(client, parsed.ok ? parsed.doc : emptyDocument(), now),
      relatedIds: row.relatedTo.map(({ to }) => to.id),
      seoTitle: row.seoTitle,
      seoDescription: row.seoDescription,
      publishAt: instantToNewsroomTime(row.publishedAt, timeZone ?? (await newsroomTimeZone(client))),
    },
  };
}

/** A blank story, bylined to the writer when they have a byline of their own. */
export async function newStoryValues(actor: Actor, client: PrismaClient = db): Promise<ArticleFormValues> {
  const own = await client.author.findUnique({ where: { userId: actor.id }, select: { id: true, name: true } });
  return {
    headline: "",
    slug: "",
    slugFollowsHeadline: true,
    dek: "",
    sectionId: "",
    tags: [],
    bylines: own ? [{ kind: "author", id: own.id, name: own.name }] : [],
    dateline: "",
    sourceName: "",
    sourceUrl: "",
    heroMediaId: "",
    heroAlt: "",
    heroCaption: "",
    heroCredit: "",
    body: emptyDocument(),
    relatedIds: [],
    seoTitle: "",
    seoDescription: "",
    publishAt: "",
  };
}
