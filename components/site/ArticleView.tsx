import type { ReactNode } from "react";
import { Bylines } from "@/components/site/Bylines";
import { HeroFigure } from "@/components/site/HeroFigure";
import { PublicationTime } from "@/components/site/PublicationTime";
import { SourceCredit } from "@/components/site/SourceCredit";
import { StoryCard } from "@/components/site/StoryCard";
import { sectionPath, tagPath } from "@/lib/articles/paths";
import type { ReaderArticle } from "@/lib/articles/queries";
import { wasUpdatedAfterPublication } from "@/lib/articles/updates";
import { NOT_YET_PUBLISHED_MARK, renderBody } from "@/lib/content/render";

type Props = {
  article: ReaderArticle;
  /** The reader page's JSON-LD, first in the article; the preview has none. */
  structuredData?: ReactNode;
  /** Linked stories readers cannot follow yet, marked as such: only the newsroom's preview has any. */
  notYetPublished?: ReadonlySet<string>;
};

/**
 * A story as readers see it. The reader page and the newsroom's preview both
 * render through this, so the preview cannot drift from what readers get.
 */
export function ArticleView({ article, structuredData, notYetPublished }: Props) {
  return (
    <article className="mx-auto max-w-3xl">
      {structuredData}
      <header>
        {article.section && (
          <p className="text-sm font-bold tracking-wide uppercase">
            <a
              href={sectionPath(article.section.slug)}
              className="text-accent dark:text-accent-dark underline-offset-4 hover:underline"
            >
              {article.section.name}
            </a>
          </p>
        )}
        <h1 className="mt-2 font-serif text-4xl leading-tight font-bold sm:text-5xl">{article.headline}</h1>
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

      {article.hero && (
        <HeroFigure
          hero={article.hero}
          alt={article.heroAlt}
          caption={article.heroCaption}
          credit={article.heroCredit}
        />
      )}

      {article.dateline && <p className="mt-6 text-sm font-bold tracking-wide uppercase">{article.dateline}</p>}
      <div className="article-body mt-2">{renderBody(article.doc, { ...article.references, notYetPublished })}</div>

      <SourceCredit name={article.sourceName} url={article.sourceUrl} />

      {article.corrections.length > 0 && (
        <section
          aria-labelledby="corrections-heading"
          className="border-accent dark:border-accent-dark mt-8 border-l-4 pl-4"
        >
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
                <a
                  href={tagPath(tag.slug)}
                  className="inline-flex min-h-8 items-center rounded border border-neutral-300 px-3 underline-offset-4 hover:underline dark:border-neutral-600"
                >
                  {tag.name}
                </a>
              </li>
            ))}
          </ul>
        </nav>
      )}

      {article.related.length > 0 && (
        <section
          aria-labelledby="related-heading"
          className="mt-10 border-t border-neutral-200 pt-6 dark:border-neutral-800 print:hidden"
        >
          <h2 id="related-heading" className="mb-4 text-lg font-bold">
            Related articles
          </h2>
          <ul className="grid gap-6 sm:grid-cols-2">
            {article.related.map((story) => (
              <li key={story.id}>
                <StoryCard story={story} />
                {notYetPublished?.has(story.id) && <p className="mt-2 text-sm">{NOT_YET_PUBLISHED_MARK}</p>}
              </li>
            ))}
          </ul>
        </section>
      )}
    </article>
  );
}
