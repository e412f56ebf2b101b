import "server-only";
import { findOrCreateAgencies } from "@/lib/articles/bylines";
import { wireDateToInstant } from "@/lib/articles/publication-time";
import { recordRevision } from "@/lib/articles/revisions";
import { slugFromHeadline } from "@/lib/articles/slug";
import { findRelatedStoryIds } from "@/lib/articles/wire-links";
import { recordAudit } from "@/lib/audit/record";
import { toPlainText } from "@/lib/content/plain-text";
import { parseBody } from "@/lib/content/schema";
import { parseWireStory, resolveWireBody } from "@/lib/content/wire";
import type { PrismaClient } from "@/lib/generated/prisma/client";

export type ImportOptions = {
  /** Publish at the story's own date instead of saving a draft. */
  publish?: boolean;
  /** Replace the story that already has this slug instead of refusing. */
  update?: boolean;
  actor?: { id: string; email: string } | null;
  /** Where the text came from, for the audit log (a file name, "paste"). */
  origin?: string;
};

export type ImportResult =
  | {
      ok: true;
      article: { id: string; slug: string; headline: string; status: string };
      created: boolean;
      /** Headlines of "Related article:" links that match no story. */
      unresolved: string[];
      warnings: string[];
    }
  | { ok: false; message: string };

/**
 * Turns wire copy into a story. Everything is written in one transaction, so
 * a story that cannot be imported leaves nothing behind.
 */
export async function importWireStory(
  client: PrismaClient,
  text: string,
  options: ImportOptions = {},
): Promise<ImportResult> {
  const parsed = parseWireStory(text);
  if (!parsed.ok) return { ok: false, message: parsed.message };
  const { story, warnings } = parsed;
  const slug = slugFromHeadline(story.headline);
  const storyDate = wireDateToInstant(story.publishedOn);

  return client.$transaction(async (tx): Promise<ImportResult> => {
    const existing = await tx.article.findUnique({
      where: { slug },
      select: { id: true, headline: true, version: true, status: true, firstPublishedAt: true },
    });
    if (existing && !options.update) {
      return {
        ok: false,
        message: `A story with the slug "${slug}" already exists ("${existing.headline}"). Nothing was imported; run again with --update to replace it.`,
      };
    }

    const relatedIds = await findRelatedStoryIds(tx, story);
    // A story does not relate to itself.
    for (const [headline, id] of relatedIds) if (id === existing?.id) relatedIds.delete(headline);
    const { doc, unresolved } = resolveWireBody(story.blocks, (headline) => relatedIds.get(headline));
    const checked = parseBody(doc);
    if (!checked.ok) return { ok: false, message: `The story's body could not be imported: ${checked.message}` };

    const authorIds = await findOrCreateAgencies(tx, story.bylines);
    const publish = options.publish ?? false;
    const publishedAt = storyDate ?? (publish ? new Date() : null);
    const fields = {
      headline: story.headline,
      dek: story.dek,
      body: JSON.stringify(checked.doc),
      bodyText: toPlainText(checked.doc),
      heroCredit: story.heroCredit,
      sourceName: story.sourceName,
      sourceUrl: story.sourceUrl,
      publishedAt,
      updatedById: options.actor?.id ?? null,
      ...(publish ? { status: "PUBLISHED" as const, firstPublishedAt: existing?.firstPublishedAt ?? publishedAt } : {}),
    };

    let articleId: string;
    if (existing) {
      await tx.articleAuthor.deleteMany({ where: { articleId: existing.id } });
      await tx.article.update({
        where: { id: existing.id },
        data: {
          ...fields,
          version: { increment: 1 },
          authors: { create: authorIds.map((authorId, position) => ({ authorId, position })) },
        },
      });
      articleId = existing.id;
    } else {
      // The slug may have belonged to another story once; the new story takes it over.
      await tx.slugRedirect.deleteMany({ where: { slug } });
      const created = await tx.article.create({
        data: {
          ...fields,
          slug,
          status: publish ? "PUBLISHED" : "DRAFT",
          createdById: options.actor?.id ?? null,
          authors: { create: authorIds.map((authorId, position) => ({ authorId, position })) },
        },
        select: { id: true },
      });
      articleId = created.id;
    }
    await recordRevision(tx, articleId, options.actor?.id ?? null);
    await recordAudit(tx, {
      action: existing ? "article.import_update" : "article.import",
      actor: options.actor,
      targetType: "article",
      targetId: articleId,
      details: { slug, origin: options.origin ?? "", published: publish, unresolved },
    });

    const article = await tx.article.findUniqueOrThrow({
      where: { id: articleId },
      select: { id: true, slug: true, headline: true, status: true },
    });
    return { ok: true, article, created: !existing, unresolved, warnings };
  });
}
