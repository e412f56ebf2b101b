import { PublicationTime } from "@/components/site/PublicationTime";
import type { ArticleCard } from "@/lib/articles/queries";

/** The newest stories as a compact list of times and headlines. */
export function LatestList({ stories }: { stories: readonly ArticleCard[] }) {
  return (
    <ol className="flex flex-col divide-y divide-neutral-200 dark:divide-neutral-800">
      {stories.map((story) => (
        <li key={story.id} className="py-3">
          <p className="text-xs text-neutral-700 dark:text-neutral-300">
            <PublicationTime date={story.publishedAt} />
          </p>
          <a href={story.href} className="font-semibold underline-offset-4 hover:underline">
            {story.headline}
          </a>
        </li>
      ))}
    </ol>
  );
}
