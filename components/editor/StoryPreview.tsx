import { Bylines } from "@/components/site/Bylines";
import { HeroFigure } from "@/components/site/HeroFigure";
import { PublicationTime } from "@/components/site/PublicationTime";
import { SourceCredit } from "@/components/site/SourceCredit";
import type { PreviewStory } from "@/lib/articles/preview";
import { STATUS_LABELS } from "@/lib/articles/workflow";
import { renderBody } from "@/lib/content/render";

/**
 * A saved story as readers will see it, inside the reader layout, with a
 * banner that says it is a preview. Built from the same pieces as the reader
 * page (bylines, hero figure, body renderer, source credit).
 */
export function StoryPreview({ story }: { story: PreviewStory }) {
  return (
    <>
      <p
        role="note"
        className="mx-auto mb-6 max-w-3xl rounded border-2 border-dashed border-amber-700 bg-amber-50 px-4 py-3 text-sm font-semibold text-amber-950 dark:border-amber-300 dark:bg-amber-950 dark:text-amber-100"
      >
        Preview of the last saved version ({STATUS_LABELS[story.status]}). Readers cannot see this page.{" "}
        <a href={`/editor/articles/${story.id}`} className="underline">
          Back to the editor
        </a>
      </p>
      <article className="mx-auto max-w-3xl">
        <header>
          {story.section && (
            <p className="text-accent dark:text-accent-dark text-sm font-bold tracking-wide uppercase">
              {story.section.name}
            </p>
          )}
          <h1 className="mt-2 font-serif text-4xl leading-tight font-bold sm:text-5xl">{story.headline}</h1>
          {story.dek && <p className="mt-4 text-xl text-neutral-700 dark:text-neutral-300">{story.dek}</p>}
          <div className="mt-4 flex flex-col gap-1 text-sm text-neutral-700 dark:text-neutral-300">
            <Bylines authors={story.authors} />
            <p>
              {story.publishedAt ? <PublicationTime date={story.publishedAt} withTime /> : "No publication time yet"}
            </p>
          </div>
        </header>
        {story.hero && (
          <HeroFigure hero={story.hero} alt={story.heroAlt} caption={story.heroCaption} credit={story.heroCredit} />
        )}
        {story.dateline && <p className="mt-6 text-sm font-bold tracking-wide uppercase">{story.dateline}</p>}
        <div className="article-body mt-2">{renderBody(story.doc, story.render)}</div>
        <SourceCredit name={story.sourceName} url={story.sourceUrl} />
        {story.tags.length > 0 && <p className="mt-8 text-sm">Tags: {story.tags.map((tag) => tag.name).join(", ")}</p>}
        {story.related.length > 0 && (
          <nav
            aria-label="Related articles"
            className="mt-10 border-t border-neutral-200 pt-6 text-lg dark:border-neutral-800"
          >
            <p className="font-bold">Related articles</p>
            <ol className="mt-2 list-decimal pl-6">
              {story.related.map((related) => (
                <li key={related.id}>
                  <a href={related.href} className="underline">
                    {related.headline}
                  </a>
                  {!related.live && " (not published yet)"}
                </li>
              ))}
            </ol>
          </nav>
        )}
      </article>
    </>
  );
}
