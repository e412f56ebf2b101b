import { effectiveStatus } from "@/lib/articles/workflow";
import { type Block, type BodyDocument, collectReferences } from "@/lib/content/schema";
import { findByIds } from "@/lib/db-ids";
import type { Prisma, PrismaClient } from "@/lib/generated/prisma/client";
import { mediaUrl } from "@/lib/media/urls";

type Client = PrismaClient | Prisma.TransactionClient;

/**
 * The stories and images a body embeds, by id, whatever their state, or only
 * the stories matching `visible` (see viewableBy).
 */
export async function loadBodyReferences(
  client: Client,
  doc: BodyDocument,
  now: Date = new Date(),
  visible: Prisma.ArticleWhereInput = {},
) {
  const { articleIds, mediaIds } = collectReferences(doc);
  const [stories, media] = await Promise.all([
    findByIds(articleIds, (ids) =>
      client.article.findMany({
        where: { id: { in: ids }, ...visible },
        select: { id: true, slug: true, headline: true, status: true, publishedAt: true },
      }),
    ),
    findByIds(mediaIds, (ids) =>
      client.media.findMany({
        where: { id: { in: ids } },
        select: { id: true, fileName: true, width: true, height: true, variants: true },
      }),
    ),
  ]);
  return {
    stories: new Map(
      stories.map((story) => [
        story.id,
        { slug: story.slug, headline: story.headline, live: effectiveStatus(story, now) === "PUBLISHED" },
      ]),
    ),
    media: new Map(media.map((item) => [item.id, item])),
  };
}

/**
 * Adds the display-only attributes the editor shows on embedded blocks: a
 * related article's headline (and whether readers can see it), an image's
 * address. They are not part of the stored format; the body schema drops
 * them on save.
 */
export async function decorateBody(client: Client, doc: BodyDocument, now: Date = new Date()): Promise<unknown> {
  const { stories, media } = await loadBodyReferences(client, doc, now);
  const decorate = (block: Block): unknown => {
    switch (block.type) {
      case "relatedArticle": {
        const story = stories.get(block.attrs.articleId);
        return {
          ...block,
          attrs: {
            ...block.attrs,
            headline: story?.headline ?? "(a story that no longer exists)",
            live: story?.live ?? false,
          },
        };
      }
      case "image": {
        const item = media.get(block.attrs.mediaId);
        return { ...block, attrs: { ...block.attrs, src: item ? mediaUrl(item.fileName) : "" } };
      }
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
