import { Bylines } from "@/components/site/Bylines";
import { PublicationTime } from "@/components/site/PublicationTime";
import type { ArticleCard } from "@/lib/articles/queries";

/** The section a listed story belongs to, above its headline. */
export function SectionKicker({ story }: { story: Pick<ArticleCard, "section"> }) {
  if (!story.section) return null;
  return (
    <p className="text-accent dark:text-accent-dark text-xs font-bold tracking-wide uppercase">{story.section.name}</p>
  );
}

/** "By A and B · July 28, 2018" under a listed story. */
export function BylineAndDate({ story }: { story: Pick<ArticleCard, "authors" | "publishedAt"> }) {
  return (
    <p className="text-sm text-neutral-700 dark:text-neutral-300">
      <Bylines authors={story.authors} linked={false} />
      {story.authors.length > 0 && " · "}
      <PublicationTime date={story.publishedAt} />
    </p>
  );
}
