import { isDeepStrictEqual } from "node:util";
import { z } from "zod";
import { decorateBody } from "@/lib/articles/editor-body";
import { choiceSelect, type StoryChoice, toChoice } from "@/lib/articles/editor-queries";
import { instantToNewsroomTime } from "@/lib/articles/publication-time";
import type { ArticleFormValues, BylineInput } from "@/lib/articles/schema";
import {
  bodyParagraphs,
  changedFields,
  compareParagraphs,
  type FieldChange,
  otherChanges,
  referencedIds,
  type TextComparison,
  type VersionNames,
} from "@/lib/articles/version-diff";
import { readSnapshot, type VersionSnapshot } from "@/lib/articles/version-snapshot";
import { viewableBy } from "@/lib/articles/viewable";
import { type Actor, can } from "@/lib/auth/policy";
import { type Block, type BodyDocument, collectReferences } from "@/lib/content/schema";
import type { PrismaClient } from "@/lib/generated/prisma/client";
import type { ArticleStatus } from "@/lib/generated/prisma/enums";
import { mediaSource } from "@/lib/media/urls";
import { newsroomTimeZone } from "@/lib/settings/queries";

/** A stored version turned back into the editor's form, to be saved as a new version. */
export type RestoredVersion = {
  version: number;
  values: ArticleFormValues;
  related: StoryChoice[];
  heroPreview: string | null;
  /** What the version pointed at that no longer exists and was left out, e.g. "2 tags", "the hero image". */
  dropped: string[];
};

/** Versions are 32-bit integers in the database. */
const MAX_VERSION = 2 ** 31 - 1;

const versionNumber = (label: string) =>
  z.coerce
    .number({ error: `${label} must be a version number.` })
    .int(`${label} must be a whole number.`)
    .min(1, `${label} must be 1 or more.`)
    .max(MAX_VERSION, `${label} is too large.`);

const counted = (count: number, noun: string) => `${count} ${noun}${count === 1 ? "" : "s"}`;

/** Ids in `wanted` order that are in `known`, and how many were not. */
function keepKnown(wanted: readonly string[], known: ReadonlySet<string>) {
  const kept = wanted.filter((id) => known.has(id));
  return { kept, missing: wanted.length - kept.length };
}

/**
 * The body without images and related-article blocks whose target is gone
 * (the save would refuse them). A quote or list item left empty keeps an
 * empty paragraph, since the body format needs at least one block there.
 */
function withoutMissingEmbeds(doc: BodyDocument, stories: ReadonlySet<string>, media: ReadonlySet<string>) {
  let missing = 0;
  const isMissing = (block: Block) =>
    (block.type === "image" && !media.has(block.attrs.mediaId)) ||
    (block.type === "relatedArticle" && !stories.has(block.attrs.articleId));
  const nonEmpty = (blocks: Block[]): Block[] => (blocks.length > 0 ? blocks : [{ type: "paragraph" }]);
  const keep = (blocks: readonly Block[]): Block[] =>
    blocks.flatMap((block): Block[] => {
      if (isMissing(block)) {
        missing += 1;
        return [];
      }
      if (block.type === "blockquote") return [{ ...block, content: nonEmpty(keep(block.content)) }];
      if (block.type === "bulletList" || block.type === "orderedList")
        return [
          { ...block, content: block.content.map((item) => ({ ...item, content: nonEmpty(keep(item.content)) })) },
        ];
      return [block];
    });
  return { doc: { ...doc, content: keep(doc.content) }, missing };
}

/** A stored version of a story the actor may see, or null. */
async function findVersion(
  client: PrismaClient,
  actor: Actor,
  articleId: string,
  version: number,
): Promise<{ snapshot: VersionSnapshot; current: { publishedAt: Date | null } } | null> {
  // Only a whole number in the column's range names a version: the query would match 2.5 to version 2.
  if (!Number.isInteger(version) || version < 1 || version > MAX_VERSION) return null;
  const article = await client.article.findUnique({
    where: { id: articleId },
    select: { createdById: true, status: true, publishedAt: true },
  });
  if (!article || !can(actor, "article.view", article)) return null;
  const revision = await client.revision.findUnique({
    where: { articleId_version: { articleId, version } },
    select: { snapshot: true },
  });
  const snapshot = revision ? readSnapshot(revision.snapshot) : null;
  return snapshot ? { snapshot, current: article } : null;
}

/**
 * Version `version` of a story as the editor's form values, in the shape
 * getEditorStory gives for the current story; null when the story or the
 * version does not exist or the actor may not see the story. Bylines, tags,
 * the section, related stories and images are looked up by id, and any that
 * no longer exist are left out (listed in `dropped`). The publication time is
 * the story's current one: a restore brings back what the story said, not
 * where it stands in the workflow, so saving it never fails for a time that
 * suited an earlier state.
 */
export async function versionForEditor(
  client: PrismaClient,
  actor: Actor,
  articleId: string,
  version: number,
  now: Date = new Date(),
): Promise<RestoredVersion | null> {
  const found = await findVersion(client, actor, articleId, version);
  if (!found) return null;
  const { snapshot, current } = found;
  const inBody = collectReferences(snapshot.body);
  const [authors, tags, section, stories, media, zone] = await Promise.all([
    client.author.findMany({ where: { id: { in: snapshot.authorIds } }, select: { id: true, name: true } }),
    client.tag.findMany({ where: { id: { in: snapshot.tagIds } }, select: { id: true, name: true } }),
    snapshot.sectionId
      ? client.section.findUnique({ where: { id: snapshot.sectionId }, select: { id: true } })
      : Promise.resolve(null),
    client.article.findMany({
      where: { id: { in: [...snapshot.relatedIds, ...inBody.articleIds], not: articleId } },
      select: choiceSelect,
    }),
    client.media.findMany({
      where: { id: { in: [...inBody.mediaIds, ...(snapshot.heroMediaId ? [snapshot.heroMediaId] : [])] } },
      select: { id: true, fileName: true, width: true, height: true, variants: true },
    }),
    newsroomTimeZone(client),
  ]);

  const authorNames = new Map(authors.map((author) => [author.id, author.name]));
  const tagNames = new Map(tags.map((tag) => [tag.id, tag.name]));
  const storyRows = new Map(stories.map((story) => [story.id, story]));
  const mediaRows = new Map(media.map((item) => [item.id, item]));
  const bylines = keepKnown(snapshot.authorIds, new Set(authorNames.keys()));
  const tagIds = keepKnown(snapshot.tagIds, new Set(tagNames.keys()));
  const related = keepKnown(snapshot.relatedIds, new Set(storyRows.keys()));
  const body = withoutMissingEmbeds(snapshot.body, new Set(storyRows.keys()), new Set(mediaRows.keys()));
  const hero = snapshot.heroMediaId ? mediaRows.get(snapshot.heroMediaId) : undefined;

  const dropped = [
    bylines.missing > 0 && counted(bylines.missing, "byline"),
    tagIds.missing > 0 && counted(tagIds.missing, "tag"),
    snapshot.sectionId && !section && "the section",
    snapshot.heroMediaId && !hero && "the hero image",
    related.missing > 0 && counted(related.missing, "related article"),
    body.missing > 0 && `${counted(body.missing, "image or related-article block")} in the body`,
  ].filter((item): item is string => typeof item === "string");

  const byline = (id: string): BylineInput => ({ kind: "author", id, name: authorNames.get(id) ?? "" });
  return {
    version,
    dropped,
    related: related.kept.flatMap((id) => {
      const row = storyRows.get(id);
      return row ? [toChoice(row, now)] : [];
    }),
    heroPreview: hero ? mediaSource(hero).src : null,
    values: {
      headline: snapshot.headline,
      slug: snapshot.slug,
      slugFollowsHeadline: false,
      dek: snapshot.dek,
      sectionId: section?.id ?? "",
      tags: tagIds.kept.map((id) => tagNames.get(id) ?? ""),
      bylines: bylines.kept.map(byline),
      dateline: snapshot.dateline,
      sourceName: snapshot.sourceName,
      sourceUrl: snapshot.sourceUrl ?? "",
      heroMediaId: hero?.id ?? "",
      heroAlt: snapshot.heroAlt,
      heroCaption: snapshot.heroCaption,
      heroCredit: snapshot.heroCredit,
      body: await decorateBody(client, body.doc, now),
      relatedIds: related.kept,
      seoTitle: snapshot.seoTitle,
      seoDescription: snapshot.seoDescription,
      publishAt: instantToNewsroomTime(current.publishedAt, zone),
    },
  };
}

/** Versions per page of a story's history: autosave makes many. */
export const HISTORY_PAGE_SIZE = 20;

/** The history page's address: a page number, 1 when missing or not a number. */
export const historyQuerySchema = z.object({ page: z.coerce.number().int().min(1).max(1_000_000).catch(1) });

/** The compare page's address: the two versions to compare. */
export const compareQuerySchema = z.object({
  from: versionNumber("The first version"),
  to: versionNumber("The second version"),
});

export type HistoryStory = {
  id: string;
  headline: string;
  version: number;
  status: ArticleStatus;
  createdById: string | null;
};

/** The story whose history is asked for, with what the policy needs; null when there is none. */
export function findHistoryStory(client: PrismaClient, id: string): Promise<HistoryStory | null> {
  return client.article.findUnique({
    where: { id },
    select: { id: true, headline: true, version: true, status: true, createdById: true },
  });
}

export type VersionRow = {
  version: number;
  savedBy: string | null;
  savedAt: Date;
  autosave: boolean;
  /** The version stored before this one, and the labels of the fields changed since; null for the first. */
  previous: { version: number; changed: string[] } | null;
};

/** One page of a story's versions, newest first, each with the fields it changed. */
export async function listVersions(client: PrismaClient, articleId: string, page: number) {
  const [total, revisions] = await Promise.all([
    client.revision.count({ where: { articleId } }),
    client.revision.findMany({
      where: { articleId },
      orderBy: { version: "desc" },
      skip: (page - 1) * HISTORY_PAGE_SIZE,
      // One more than shown: the last row's changes are counted from the version before it.
      take: HISTORY_PAGE_SIZE + 1,
      select: {
        version: true,
        createdAt: true,
        autosave: true,
        snapshot: true,
        createdBy: { select: { name: true } },
      },
    }),
  ]);
  const snapshots = revisions.map((revision) => readSnapshot(revision.snapshot));
  const rows: VersionRow[] = revisions.slice(0, HISTORY_PAGE_SIZE).map((revision, index) => {
    const earlier = revisions[index + 1];
    const [after, before] = [snapshots[index], snapshots[index + 1]];
    return {
      version: revision.version,
      savedBy: revision.createdBy?.name ?? null,
      savedAt: revision.createdAt,
      autosave: revision.autosave,
      previous: earlier
        ? { version: earlier.version, changed: after && before ? changedFields(before, after) : [] }
        : null,
    };
  });
  return { rows, total, pageCount: Math.max(1, Math.ceil(total / HISTORY_PAGE_SIZE)) };
}

export type VersionSide = { version: number; savedBy: string | null; savedAt: Date; autosave: boolean };

export type VersionComparison = {
  from: VersionSide;
  to: VersionSide;
  headline: TextComparison;
  dek: TextComparison;
  body: TextComparison;
  /** The body changed but not its text: formatting, images or related-article blocks. */
  bodyChangedBeyondText: boolean;
  others: FieldChange[];
};

/** How a comparison names a linked story its viewer may not open (a colleague's draft, for a writer). */
const UNSEEN_STORY = "(a story you cannot open)";

async function loadNames(
  client: PrismaClient,
  snapshots: VersionSnapshot[],
  viewer: Actor,
  now: Date,
): Promise<VersionNames> {
  const ids = referencedIds(...snapshots);
  const byName = (rows: { id: string; name: string }[]) => new Map(rows.map((row) => [row.id, row.name]));
  const [sections, tags, authors, stories, viewable, media] = await Promise.all([
    client.section.findMany({ where: { id: { in: ids.sections } }, select: { id: true, name: true } }),
    client.tag.findMany({ where: { id: { in: ids.tags } }, select: { id: true, name: true } }),
    client.author.findMany({ where: { id: { in: ids.authors } }, select: { id: true, name: true } }),
    client.article.findMany({ where: { id: { in: ids.stories } }, select: { id: true, headline: true } }),
    client.article.findMany({ where: { id: { in: ids.stories }, ...viewableBy(viewer, now) }, select: { id: true } }),
    client.media.findMany({
      where: { id: { in: ids.media } },
      select: { id: true, originalName: true, fileName: true },
    }),
  ]);
  return {
    sections: byName(sections),
    tags: byName(tags),
    authors: byName(authors),
    stories: new Map(
      stories.map((story) => [story.id, viewable.some((row) => row.id === story.id) ? story.headline : UNSEEN_STORY]),
    ),
    media: new Map(media.map((item) => [item.id, item.originalName || item.fileName])),
  };
}

/**
 * Two versions of a story side by side: the headline, dek and body text
 * compared word by word, and every other field that differs. Null when
 * either version does not exist.
 */
export async function compareVersions(
  client: PrismaClient,
  articleId: string,
  from: number,
  to: number,
  viewer: Actor,
  now: Date = new Date(),
): Promise<VersionComparison | null> {
  const revisions = await client.revision.findMany({
    where: { articleId, version: { in: [from, to] } },
    select: { version: true, createdAt: true, autosave: true, snapshot: true, createdBy: { select: { name: true } } },
  });
  const load = (version: number) => {
    const revision = revisions.find((row) => row.version === version);
    const snapshot = revision && readSnapshot(revision.snapshot);
    if (!revision || !snapshot) return null;
    const side: VersionSide = {
      version,
      savedBy: revision.createdBy?.name ?? null,
      savedAt: revision.createdAt,
      autosave: revision.autosave,
    };
    return { side, snapshot };
  };
  const before = load(from);
  const after = load(to);
  if (!before || !after) return null;
  const body = compareParagraphs(bodyParagraphs(before.snapshot), bodyParagraphs(after.snapshot));
  const [names, zone] = await Promise.all([
    loadNames(client, [before.snapshot, after.snapshot], viewer, now),
    newsroomTimeZone(client),
  ]);
  return {
    from: before.side,
    to: after.side,
    headline: compareParagraphs([before.snapshot.headline], [after.snapshot.headline]),
    dek: compareParagraphs([before.snapshot.dek], [after.snapshot.dek]),
    body,
    bodyChangedBeyondText: !body.changed && !isDeepStrictEqual(before.snapshot.body, after.snapshot.body),
    others: otherChanges(before.snapshot, after.snapshot, names, zone),
  };
}
