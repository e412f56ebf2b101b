import { type ReaderArticle, readerArticleInclude, readerArticleOf, storiesShownWith } from "@/lib/articles/queries";
import { viewableBy } from "@/lib/articles/viewable";
import { readerVisible } from "@/lib/articles/visibility";
import { effectiveStatus, type WorkflowArticle } from "@/lib/articles/workflow";
import type { Actor } from "@/lib/auth/policy";
import { db } from "@/lib/db";
import type { PrismaClient } from "@/lib/generated/prisma/client";
import type { ArticleStatus } from "@/lib/generated/prisma/enums";

export type PreviewStory = {
  /** The story as its reader page would show it (a story without a publication time as if published now). */
  article: ReaderArticle;
  /** Its state now: a scheduled story whose time has come is published. */
  status: ArticleStatus;
  /** What the policy judges a look at it by, and its publication time if it has one. */
  workflow: WorkflowArticle;
  /** Stories it links to that readers cannot follow yet. */
  notYetPublished: ReadonlySet<string>;
};

/**
 * A saved story in any state, in the shape its reader page reads
 * (ReaderArticle), for the newsroom's preview. Unlike the reader page it also
 * shows links to stories readers cannot see yet, so the editor sees what is
 * pending, but only those `actor` may see (viewableBy): a writer's preview
 * never shows another writer's draft that an editor linked.
 */
export async function getPreviewStory(
  id: string,
  actor: Actor,
  now: Date = new Date(),
  client: PrismaClient = db,
): Promise<PreviewStory | null> {
  const row = await client.article.findUnique({ where: { id }, include: readerArticleInclude });
  if (!row) return null;
  const article = await readerArticleOf(row, viewableBy(actor, now), now, client);
  const linked = storiesShownWith(article).filter((storyId) => storyId !== article.id);
  const live =
    linked.length === 0
      ? []
      : await client.article.findMany({ where: { id: { in: linked }, ...readerVisible(now) }, select: { id: true } });
  const followable = new Set(live.map((story) => story.id));
  return {
    article,
    status: effectiveStatus(row, now),
    workflow: { status: row.status, createdById: row.createdById, publishedAt: row.publishedAt },
    notYetPublished: new Set(linked.filter((storyId) => !followable.has(storyId))),
  };
}
