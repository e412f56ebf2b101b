import Link from "next/link";
import { HINT } from "@/components/forms/styles";
import { type LibraryItem, mediaName } from "@/lib/media/library";

/** The library's images as a grid of cards, each leading to its page (details, "Used in", delete). */
export function MediaGrid({ items }: { items: LibraryItem[] }) {
  if (items.length === 0) return <p>No images found.</p>;
  return (
    <ul className="grid grid-cols-2 gap-4 sm:grid-cols-3 lg:grid-cols-4">
      {items.map((item) => (
        <li key={item.id}>
          <figure className="flex h-full flex-col gap-2 rounded border border-neutral-200 p-2 dark:border-neutral-800">
            <img
              src={item.src}
              srcSet={item.srcSet}
              sizes="(min-width: 1024px) 16rem, (min-width: 640px) 33vw, 50vw"
              width={item.width}
              height={item.height}
              alt={item.alt}
              loading="lazy"
              className="aspect-[4/3] h-auto w-full rounded bg-neutral-100 object-cover dark:bg-neutral-800"
            />
            <figcaption className="flex flex-col gap-1 text-sm">
              <Link href={`/editor/media/${item.id}`} className="font-semibold break-all underline">
                {mediaName(item)}
              </Link>
              {item.caption && <span>{item.caption}</span>}
              {item.credit && <span className={HINT}>{item.credit}</span>}
              {!item.alt && <span className={HINT}>No alt text yet.</span>}
            </figcaption>
          </figure>
        </li>
      ))}
    </ul>
  );
}
