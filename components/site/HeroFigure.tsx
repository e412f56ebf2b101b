import type { MediaSource } from "@/lib/media/urls";

export function HeroFigure({
  hero,
  alt,
  caption,
  credit,
}: {
  hero: MediaSource;
  alt: string;
  caption: string;
  credit: string;
}) {
  return (
    <figure className="my-6">
      <img
        src={hero.src}
        srcSet={hero.srcSet}
        sizes="(min-width: 1024px) 896px, 100vw"
        width={hero.width}
        height={hero.height}
        alt={alt}
        fetchPriority="high"
        decoding="async"
        className="h-auto w-full rounded"
      />
      {(caption || credit) && (
        <figcaption className="mt-2 text-sm text-neutral-700 dark:text-neutral-300">
          {caption}
          {caption && credit && " "}
          {credit && (
            <span className="text-neutral-600 dark:text-neutral-400">
              <span className="sr-only">Image credit: </span>
              {credit}
            </span>
          )}
        </figcaption>
      )}
    </figure>
  );
}
