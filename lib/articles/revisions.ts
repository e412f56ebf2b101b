import "server-only";
import type { Article, Prisma } from "@/lib/generated/prisma/client";

/** What a revision stores: every field of the article and its ordered links, by id. */
export function revisionSnapshot(
  article: Article,
  links: { authorIds: readonly string[]; tagIds: readonly string[]; relatedIds: readonly string[] },
): string {
  return JSON.stringify({ ...article, body: JSON.parse(article.body) as unknown, ...links });
}

/**
 * Stores a full snapshot of the article as it is now, under its current
 * version number, so any save can be inspected and restored later. An
 * autosave's revision says so, for the history.
 */
export async function recordRevision(
  tx: Prisma.TransactionClient,
  articleId: string,
  createdById: string | null,
  { autosave = false }: { autosave?: boolean } = {},
): Promise<void> {
  const article = await tx.article.findUniqueOrThrow({
    where: { id: articleId },
    include: {
      authors: { orderBy: { position: "asc" }, select: { authorId: true } },
      tags: { orderBy: { position: "asc" }, select: { tagId: true } },
      relatedTo: { orderBy: { position: "asc" }, select: { toId: true } },
    },
  });
  const { authors, tags, relatedTo, ...fields } = article;
  const snapshot = revisionSnapshot(fields, {
    authorIds: authors.map((a) => a.authorId),
    tagIds: tags.map((t) => t.tagId),
    relatedIds: relatedTo.map((r) => r.toId),
  });
  await tx.revision.create({ data: { articleId, version: article.version, snapshot, createdById, autosave } });
}
