import { addDays } from "date-fns";
import { recordRevision } from "@/lib/articles/revisions";
import { slugFromHeadline } from "@/lib/articles/slug";
import { markdownToBody } from "@/lib/content/markdown";
import { toPlainText } from "@/lib/content/plain-text";
import type { Block, BodyDocument } from "@/lib/content/schema";
import { db } from "@/lib/db";
import { generateHeroImage } from "@/lib/demo/hero-image";
import type { Prisma, PrismaClient } from "@/lib/generated/prisma/client";
import { createMedia } from "@/lib/media/create";
import { type DemoStory, demoAuthors, demoSections, demoStories } from "@/prisma/demo-content";

const RELATED_LINE = /^\{\{related:([a-z0-9-]+)\}\}$/m;

/** Markdown with `{{related:slug}}` lines → a body document with relatedArticle blocks. */
export function demoBody(markdown: string, idForSlug: (slug: string) => string): BodyDocument {
  const content: Block[] = [];
  // split() with a capture group alternates text, slug, text, slug, …
  markdown.split(RELATED_LINE).forEach((part, index) => {
    if (index % 2 === 1) content.push({ type: "relatedArticle", attrs: { articleId: idForSlug(part) } });
    else if (part.trim()) content.push(...markdownToBody(part).content);
  });
  return { type: "doc", content };
}

/** When the demo story was written: its own date, or now for one scheduled ahead. */
function writtenAt(story: DemoStory, now: Date): Date {
  return story.status === "SCHEDULED" ? now : new Date(story.publishedAt);
}

function publicationTime(story: DemoStory, now: Date): Date | null {
  if (story.status === "SCHEDULED") return addDays(now, story.scheduledInDays ?? 1);
  if (story.status === "PUBLISHED") return new Date(story.publishedAt);
  return null;
}

async function upsertTaxonomy(tx: Prisma.TransactionClient) {
  for (const section of demoSections) {
    await tx.section.upsert({ where: { slug: section.slug }, update: {}, create: section });
  }
  for (const author of demoAuthors) {
    await tx.author.upsert({
      where: { slug: author.slug },
      update: {},
      create: { ...author, url: author.url ?? null },
    });
  }
  const tagNames = [...new Set(demoStories.flatMap((story) => story.tags))];
  for (const name of tagNames) {
    await tx.tag.upsert({ where: { name }, update: {}, create: { name, slug: slugFromHeadline(name) } });
  }
}

/**
 * Loads the demo newsroom. Idempotent: stories that already exist (by slug)
 * are left as they are, so re-running never duplicates or overwrites work.
 */
export async function seedDemo(log: (line: string) => void = console.log, client: PrismaClient = db): Promise<void> {
  const existing = new Set(
    (
      await client.article.findMany({ where: { slug: { in: demoStories.map((s) => s.slug) } }, select: { slug: true } })
    ).map((a) => a.slug),
  );
  const missing = demoStories.filter((story) => !existing.has(story.slug));
  if (missing.length === 0) {
    log("Demo content is already loaded.");
    return;
  }

  // Images are drawn before the transaction so it holds the write lock briefly.
  const withHeroes = await Promise.all(
    missing.map(async (story) => ({ story, hero: await generateHeroImage(story.hero.colors, story.hero.motif) })),
  );
  const now = new Date();

  await client.$transaction(
    async (tx) => {
      await upsertTaxonomy(tx);
      const sections = new Map((await tx.section.findMany()).map((s) => [s.slug, s.id]));
      const authors = new Map((await tx.author.findMany()).map((a) => [a.slug, a.id]));
      const tags = new Map((await tx.tag.findMany()).map((t) => [t.name, t.id]));
      const authorId = (slug: string) => known(authors, slug, "author");
      const tagId = (name: string) => known(tags, name, "tag");

      // First every story exists, then bodies and relations can point at any of them.
      const created: { story: DemoStory; id: string }[] = [];
      for (const { story, hero: heroImage } of withHeroes) {
        const hero = await createMedia(tx, {
          data: heroImage,
          originalName: `${story.slug}.png`,
          alt: story.hero.alt,
          caption: story.hero.caption,
          credit: story.hero.credit,
        });
        const publishedAt = publicationTime(story, now);
        const article = await tx.article.create({
          data: {
            slug: story.slug,
            headline: story.headline,
            dek: story.dek,
            body: JSON.stringify({ type: "doc", content: [] }),
            status: story.status,
            publishedAt,
            firstPublishedAt: story.status === "PUBLISHED" ? publishedAt : null,
            dateline: story.dateline,
            sectionId: sections.get(story.section) ?? null,
            heroMediaId: hero.id,
            heroAlt: story.hero.alt,
            heroCaption: story.hero.caption,
            heroCredit: story.hero.credit,
            sourceName: story.sourceName ?? "",
            sourceUrl: story.sourceUrl ?? null,
            seoTitle: story.seoTitle ?? "",
            seoDescription: story.seoDescription ?? "",
            createdAt: writtenAt(story, now),
            // The desk's "Needs review" lists stories by when they were submitted.
            submittedAt: story.status === "IN_REVIEW" ? writtenAt(story, now) : null,
            authors: { create: story.authors.map((slug, position) => ({ authorId: authorId(slug), position })) },
            tags: { create: story.tags.map((name, position) => ({ tagId: tagId(name), position })) },
          },
        });
        created.push({ story, id: article.id });
      }

      const ids = new Map((await tx.article.findMany({ select: { slug: true, id: true } })).map((a) => [a.slug, a.id]));
      const idForSlug = (slug: string) => known(ids, slug, "story");
      for (const { story, id } of created) {
        const doc = demoBody(story.body, idForSlug);
        await tx.article.update({
          where: { id },
          data: {
            body: JSON.stringify(doc),
            bodyText: toPlainText(doc),
            // Only a story that was corrected shows an "Updated" time.
            updatedAt: story.updatedAt ? new Date(story.updatedAt) : writtenAt(story, now),
            relatedTo: { create: story.related.map((slug, position) => ({ toId: idForSlug(slug), position })) },
            corrections: {
              create: (story.corrections ?? []).map((c) => ({ text: c.text, correctedAt: new Date(c.correctedAt) })),
            },
          },
        });
        await recordRevision(tx, id, null);
      }
    },
    { timeout: 120_000 },
  );
  log(`Loaded ${missing.length} demo ${missing.length === 1 ? "story" : "stories"}.`);
}

/** The id the demo content means by a slug or name; a typo in the content is a bug, so it throws. */
function known(ids: ReadonlyMap<string, string>, key: string, kind: string): string {
  const id = ids.get(key);
  if (!id) throw new Error(`Demo content refers to a ${kind} that does not exist: ${key}`);
  return id;
}
