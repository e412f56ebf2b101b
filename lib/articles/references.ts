import type { ArticleFields, FieldErrors } from "@/lib/articles/schema";
import { collectReferences } from "@/lib/content/schema";
import { findByIds } from "@/lib/db-ids";
import type { Prisma } from "@/lib/generated/prisma/client";

/**
 * Everything the form points at must exist (a story, section, byline or
 * image can be deleted while someone edits), and a story cannot point at
 * itself. Returns a message per field that points at something missing.
 */
export async function checkReferences(
  tx: Prisma.TransactionClient,
  fields: ArticleFields,
  articleId: string | null,
): Promise<FieldErrors> {
  const errors: FieldErrors = {};
  const { articleIds: inlineIds, mediaIds } = collectReferences(fields.body);
  const authorIds = fields.bylines.flatMap((byline) => (byline.kind === "author" ? [byline.id] : []));
  const storyIds = [...new Set([...fields.relatedIds, ...inlineIds])];

  const allMediaIds = [...mediaIds, ...(fields.heroMediaId ? [fields.heroMediaId] : [])];
  const [section, authors, stories, media] = await Promise.all([
    fields.sectionId ? tx.section.count({ where: { id: fields.sectionId } }) : 1,
    findByIds(authorIds, (ids) => tx.author.findMany({ where: { id: { in: ids } }, select: { id: true } })),
    findByIds(storyIds, (ids) => tx.article.findMany({ where: { id: { in: ids } }, select: { id: true } })),
    findByIds(allMediaIds, (ids) => tx.media.findMany({ where: { id: { in: ids } }, select: { id: true } })),
  ]);
  const known = (rows: { id: string }[]) => new Set(rows.map((row) => row.id));
  const knownAuthors = known(authors);
  const knownStories = known(stories);
  const knownMedia = known(media);

  if (section === 0) errors.sectionId = "That section does not exist (it may have been removed). Choose another.";
  if (authorIds.some((id) => !knownAuthors.has(id)))
    errors.bylines = "One of the bylines no longer exists. Remove it and pick the author again.";
  if (fields.heroMediaId && !knownMedia.has(fields.heroMediaId))
    errors.heroMediaId = "The hero image no longer exists. Upload it again.";

  if (articleId && fields.relatedIds.includes(articleId)) errors.relatedIds = "A story cannot be related to itself.";
  else if (fields.relatedIds.some((id) => !knownStories.has(id)))
    errors.relatedIds =
      "One of the related articles does not exist (it may have been deleted). Remove it and save again.";

  if (articleId && inlineIds.includes(articleId))
    errors.body = "Body: a related article block points at this story itself.";
  else if (inlineIds.some((id) => !knownStories.has(id)))
    errors.body = "Body: a related article block points at a story that does not exist. Remove it and insert it again.";
  else if (mediaIds.some((id) => !knownMedia.has(id)))
    errors.body = "Body: an image no longer exists. Remove it and insert it again.";
  return errors;
}
