import { BylineAndDate, SectionKicker } from "@/components/site/StoryMeta";
import type { ArticleCard } from "@/lib/articles/queries";

const headlineSizes = { lead: "text-3xl sm:text-4xl", regular: "text-xl" } as const;

export function StoryCard({
  story,
  variant = "regular",
  headingLevel = 3,
}: {
  story: ArticleCard;
  variant?: "lead" | "regular";
  headingLevel?: 2 | 3;
}) {
  const Heading = headingLevel === 2 ? "h2" : "h3";
  return (
    <article className={variant === "lead" ? "grid gap-6 md:grid-cols-2" : "flex flex-col gap-2"}>
      {story.hero && (
        // The headline link carries the name; the picture repeats it, so it is decorative here.
        <img
          src={story.hero.src}
          srcSet={story.hero.srcSet}
          sizes={variant === "lead" ? "(min-width: 768px) 50vw, 100vw" : "(min-width: 768px) 33vw, 100vw"}
          width={story.hero.width}
          height={story.hero.height}
          alt=""
          loading={variant === "lead" ? "eager" : "lazy"}
          decoding="async"
          className="h-auto w-full rounded"
        />
      )}
      <div className="flex flex-col gap-2">
        <SectionKicker story={story} />
        <Heading className={`font-serif leading-tight font-bold ${headlineSizes[variant]}`}>
          <a href={story.href} className="underline-offset-4 hover:underline">
            {story.headline}
          </a>
        </Heading>
        {story.dek && <p className="text-neutral-700 dark:text-neutral-300">{story.dek}</p>}
        <BylineAndDate story={story} />
      </div>
    </article>
  );
}
