import type { Prisma, PrismaClient } from "@/lib/generated/prisma/client";
import type { ArticleStatus } from "@/lib/generated/prisma/enums";
import { effectiveStatus } from "@/lib/articles/workflow";
import { collectReferences, type Block, type BodyDocument } from "@/lib/content/schema";
import { mediaUrl } from "@/lib/media/urls";

/**
 * Display-only attributes the editor shows on embedded blocks: a related
 * article's headline (and whether readers can see it), an image's address.
 * They are not part of the stored format; the body schema drops them on save.
 */
export type RelatedArticleDisplay = { headline: string; live: boolean };
export type ImageDisplay = { src: string };

export async function decorateBody(client: PrismaClient | Prisma.TransactionClient, doc: BodyDocument, now: Date = new Date()): Promise<unknown> {
  const { articleIds, mediaIds } = collectReferences(doc);
  const [stories, media] = await Promise.all([
    client.article.findMany({ where: { id: { in: articleIds } }, select: { id: true, headline: true, status: true, publishedAt: true } }),
    client.media.findMany({ where: { id: { in: mediaIds } }, select: { id: true, fileName: true } }),
  ]);
  const storyById = new Map(stories.map((story) => [story.id, story]));
  const srcById = new Map(media.map((item) => [item.id, mediaUrl(item.fileName)]));

  const storyDisplay = (id: string): RelatedArticleDisplay => {
    const story: { headline: string; status: ArticleStatus; publishedAt: Date | null } | undefined = storyById.get(id);
    return story ? { headline: story.headline, live: effectiveStatus(story, now) === "PUBLISHED" } : { headline: "(a story that no longer exists)", live: false };
  };
  const decorate = (block: Block): unknown => {
    switch (block.type) {
      case "relatedArticle":
        return { ...block, attrs: { ...block.attrs, ...storyDisplay(block.attrs.articleId) } };
      case "image":
        return { ...block, attrs: { ...block.attrs, src: srcById.get(block.attrs.mediaId) ?? "" } };
      case "blockquote":
        return { ...block, content: block.content.map(decorate) };
      case "bulletList":
      case "orderedList":
        return { ...block, content: block.content.map((item) => ({ ...item, content: item.content.map(decorate) })) };
      default:
        return block;
    }
  };
  return { ...doc, content: doc.content.map(decorate) };
}
