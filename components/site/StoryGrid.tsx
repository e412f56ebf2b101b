import { StoryCard } from "@/components/site/StoryCard";
import type { ArticleCard } from "@/lib/articles/queries";

/** Story cards in a grid: one column on phones, up to three on wide screens. */
export function StoryGrid({ stories, headingLevel = 3 }: { stories: readonly ArticleCard[]; headingLevel?: 2 | 3 }) {
  return (
    <ul className="grid gap-8 sm:grid-cols-2 lg:grid-cols-3">
      {stories.map((story) => (
        <li key={story.id}>
          <StoryCard story={story} headingLevel={headingLevel} />
        </li>
      ))}
    </ul>
  );
}
