import type { Metadata } from "next";
import Link from "next/link";
import { notFound, permanentRedirect } from "next/navigation";
import { connection } from "next/server";
import { Bylines } from "@/components/site/Bylines";
import { HeroFigure } from "@/components/site/HeroFigure";
import { PublicationTime } from "@/components/site/PublicationTime";
import { StoryCard } from "@/components/site/StoryCard";
import { articlePath, sectionPath, tagPath } from "@/lib/articles/paths";
import { findRedirectedSlug, getReaderArticle } from "@/lib/articles/queries";
import { wasUpdatedAfterPublication } from "@/lib/articles/updates";
import { summarize } from "@/lib/content/plain-text";
import { renderBody } from "@/lib/content/render";

type Props = { params: Promise<{ slug: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  await connection();
  const { slug } = await params;
  const article = await getReaderArticle(slug);
  if (!article) return {};
  return {
    title: article.seoTitle || article.headline,
    description: article.seoDescription || article.dek || summarize(article.bodyText),
    alternates: { canonical: articlePath(article.slug) },
  };
}

export default async function ArticlePage({ params }: Props) {
  await connection();
  const { slug } = await params;
  const article = await getReaderArticle(slug);
  if (!article) {
    const currentSlug = await findRedirectedSlug(slug);
    if (currentSlug) permanentRedirect(articlePath(currentSlug));
    notFound();
  }

  return (
    <article className="mx-auto max-w-3xl">
      <header>
        {article.section && (
          <p className="text-sm font-bold uppercase tracking-wide">
            <Link href={sectionPath(article.section.slug)} className="text-accent hover:underline dark:text-accent-dark">
              {article.section.name}
            </Link>
          </p>
        )}
        <h1 className="mt-2 font-serif text-4xl font-bold leading-tight sm:text-5xl">{article.headline}</h1>
        {article.dek && <p className="mt-4 text-xl text-neutral-700 dark:text-neutral-300">{article.dek}</p>}
        <div className="mt-4 flex flex-col gap-1 text-sm text-neutral-700 dark:text-neutral-300">
          <Bylines authors={article.authors} />
          <p>
            Published <PublicationTime date={article.publishedAt} />
            {wasUpdatedAfterPublication(article) && (
              <>
                {" · "}Updated <PublicationTime date={article.updatedAt} withTime />
              </>
            )}
          </p>
        </div>
      </header>

      {article.hero && <HeroFigure hero={article.hero} alt={article.heroAlt} caption={article.heroCaption} credit={article.heroCredit} />}

      {article.dateline && <p className="mt-6 text-sm font-bold uppercase tracking-wide">{article.dateline}</p>}
      <div className="article-body mt-2">{renderBody(article.doc, article.references)}</div>

      {article.sourceName && (
        <p className="mt-8 text-sm">
          Originally published by{" "}
          {article.sourceUrl ? (
            <a href={article.sourceUrl} rel="noopener noreferrer" className="font-semibold underline">
              {article.sourceName}
            </a>
          ) : (
            <span className="font-semibold">{article.sourceName}</span>
          )}
        </p>
      )}

      {article.corrections.length > 0 && (
        <section aria-labelledby="corrections-heading" className="mt-8 border-l-4 border-accent pl-4 dark:border-accent-dark">
          <h2 id="corrections-heading" className="font-bold">
            Corrections
          </h2>
          <ul className="mt-2 space-y-2">
            {article.corrections.map((correction) => (
              <li key={correction.id}>
                <PublicationTime date={correction.correctedAt} />: {correction.text}
              </li>
            ))}
          </ul>
        </section>
      )}

      {article.tags.length > 0 && (
        <nav aria-label="Tags" className="mt-8">
          <ul className="flex flex-wrap gap-2 text-sm">
            {article.tags.map((tag) => (
              <li key={tag.slug}>
                <Link href={tagPath(tag.slug)} className="inline-block rounded border border-neutral-300 px-3 py-1 hover:underline dark:border-neutral-600">
                  {tag.name}
                </Link>
              </li>
            ))}
          </ul>
        </nav>
      )}

      {article.related.length > 0 && (
        <section aria-labelledby="related-heading" className="mt-10 border-t border-neutral-200 pt-6 dark:border-neutral-800">
          <h2 id="related-heading" className="mb-4 text-lg font-bold">
            Related articles
          </h2>
          <ul className="grid gap-6 sm:grid-cols-2">
            {article.related.map((story) => (
              <li key={story.id}>
                <StoryCard story={story} />
              </li>
            ))}
          </ul>
        </section>
      )}
    </article>
  );
}
