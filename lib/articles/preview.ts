import { loadBodyReferences } from "@/lib/articles/editor-body";
import { articlePath } from "@/lib/articles/paths";
import { viewableBy } from "@/lib/articles/viewable";
import { effectiveStatus } from "@/lib/articles/workflow";
import type { Actor } from "@/lib/auth/policy";
import type { RenderContext } from "@/lib/content/render";
import { emptyDocument, parseBody } from "@/lib/content/schema";
import { db } from "@/lib/db";
import type { PrismaClient } from "@/lib/generated/prisma/client";
import type { ArticleStatus } from "@/lib/generated/prisma/enums";
import { mediaSource } from "@/lib/media/urls";

const heroSelect = { select: { fileName: true, width: true, height: true, variants: true } } as const;

/**
 * A saved story in any state, with what its reader page would show, for the
 * newsroom's preview. Unlike the reader queries it also shows links to
 * stories readers cannot see yet, so the editor sees what is pending, but
 * only those `actor` may see (viewableBy): a writer's preview never shows
 * another writer's draft that an editor linked.
 */
export async function getPreviewStory(id: string, actor: Actor, now: Date = new Date(), client: PrismaClient = db) {
  const viewable = viewableBy(actor, now);
  const row = await client.article.findUnique({
    where: { id },
    include: {
      section: { select: { name: true, slug: true } },
      heroMedia: heroSelect,
      authors: { orderBy: { position: "asc" }, select: { author: { select: { name: true, slug: true } } } },
      tags: { orderBy: { position: "asc" }, select: { tag: { select: { name: true, slug: true } } } },
      relatedTo: {
        where: { to: viewable },
        orderBy: { position: "asc" },
        select: { to: { select: { id: true, slug: true, headline: true, status: true, publishedAt: true } } },
      },
    },
  });
  if (!row) return null;
  const parsed = parseBody(JSON.parse(row.body));
  const doc = parsed.ok ? parsed.doc : emptyDocument();
  const references = await loadBodyReferences(client, doc, now, viewable);
  const render: RenderContext = {
    relatedArticles: new Map(
      [...references.stories].map(([storyId, story]) => [
        storyId,
        { headline: story.headline, href: articlePath(story.slug) },
      ]),
    ),
    media: new Map([...references.media].map(([mediaId, item]) => [mediaId, mediaSource(item)])),
  };
  const status: ArticleStatus = effectiveStatus(row, now);
  return {
    ...row,
    status,
    workflow: { status: row.status, createdById: row.createdById, publishedAt: row.publishedAt },
    doc,
    render,
    hero: row.heroMedia ? mediaSource(row.heroMedia) : null,
    authors: row.authors.map((link) => link.author),
    tags: row.tags.map((link) => link.tag),
    related: row.relatedTo.map(({ to }) => ({
      id: to.id,
      headline: to.headline,
      href: articlePath(to.slug),
      live: effectiveStatus(to, now) === "PUBLISHED",
    })),
  };
}

export type PreviewStory = NonNullable<Awaited<ReturnType<typeof getPreviewStory>>>;
