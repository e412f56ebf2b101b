import "server-only";
import type { Article, Prisma } from "@/lib/generated/prisma/client";

export type RevisionLinks = { authorIds: readonly string[]; tagIds: readonly string[]; relatedIds: readonly string[] };

/** What a revision stores: every field of the article and its ordered links, by id. */
export function revisionSnapshot(article: Article, links: RevisionLinks): string {
  return JSON.stringify({ ...article, body: JSON.parse(article.body) as unknown, ...links });
}

type RevisionOptions = { autosave?: boolean };

/**
 * Stores a full snapshot of the article as just written, under its version
 * number, so any save can be inspected and restored later. An autosave's
 * revision says so, for the history.
 */
export async function recordWrittenRevision(
  tx: Prisma.TransactionClient,
  article: Article,
  links: RevisionLinks,
  createdById: string | null,
  { autosave = false }: RevisionOptions = {},
): Promise<void> {
  const snapshot = revisionSnapshot(article, links);
  await tx.revision.create({
    data: { articleId: article.id, version: article.version, snapshot, createdById, autosave },
  });
}

/** The story as stored now, and its links in order. */
export async function storedStory(
  client: Prisma.TransactionClient,
  articleId: string,
): Promise<{ article: Article; links: RevisionLinks }> {
  const { authors, tags, relatedTo, ...article } = await client.article.findUniqueOrThrow({
    where: { id: articleId },
    include: {
      authors: { orderBy: { position: "asc" }, select: { authorId: true } },
      tags: { orderBy: { position: "asc" }, select: { tagId: true } },
      relatedTo: { orderBy: { position: "asc" }, select: { toId: true } },
    },
  });
  const links = {
    authorIds: authors.map((a) => a.authorId),
    tagIds: tags.map((t) => t.tagId),
    relatedIds: relatedTo.map((r) => r.toId),
  };
  return { article, links };
}

/** recordWrittenRevision for a story written by other means (the demo seed): reads it and its links first. */
export async function recordRevision(
  tx: Prisma.TransactionClient,
  articleId: string,
  createdById: string | null,
  options: RevisionOptions = {},
): Promise<void> {
  const { article, links } = await storedStory(tx, articleId);
  await recordWrittenRevision(tx, article, links, createdById, options);
}
