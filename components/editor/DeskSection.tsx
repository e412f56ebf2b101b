import Link from "next/link";
import type { ReactNode } from "react";
import { HINT } from "@/components/forms/styles";
import type { DeskStory } from "@/lib/articles/desk";

type Props = {
  id: string;
  title: string;
  stories: readonly DeskStory[];
  /** What is said when the list is empty. */
  empty: string;
  /** The full list, filtered the same way. */
  more: { href: string; label: string };
  /** The line under each headline: who, when. */
  detail: (story: DeskStory) => ReactNode;
};

/** One of the desk's lists: a heading, a few stories linked to their editor, and a link to all of them. */
export function DeskSection({ id, title, stories, empty, more, detail }: Props) {
  return (
    <section
      aria-labelledby={id}
      className="flex flex-col gap-3 rounded border border-neutral-200 p-4 dark:border-neutral-800"
    >
      <h2 id={id} className="font-serif text-xl font-bold">
        {title}
      </h2>
      {stories.length === 0 ? (
        <p className={HINT}>{empty}</p>
      ) : (
        <ul className="flex flex-col gap-3">
          {stories.map((story) => (
            <li key={story.id} className="flex flex-col">
              <Link href={`/editor/articles/${story.id}`} className="font-semibold underline-offset-2 hover:underline">
                {story.headline}
              </Link>
              <span className={HINT}>
                {detail(story)}
                {story.section && ` · ${story.section}`}
              </span>
            </li>
          ))}
        </ul>
      )}
      <Link href={more.href} className="mt-auto text-sm font-semibold underline underline-offset-2">
        {more.label}
      </Link>
    </section>
  );
}
