import { connection } from "next/server";
import { StoryCard } from "@/components/site/StoryCard";
import { getHomePage } from "@/lib/articles/queries";
import { env } from "@/lib/env";

export default async function HomePage() {
  await connection();
  const { lead, latest } = await getHomePage();
  return (
    <>
      <h1 className="sr-only">{env().SITE_NAME}: latest news</h1>
      {!lead && <p>No stories have been published yet.</p>}
      {lead && (
        <section aria-labelledby="lead-heading" className="border-b border-neutral-200 pb-8 dark:border-neutral-800">
          <h2 id="lead-heading" className="sr-only">
            Lead story
          </h2>
          <StoryCard story={lead} variant="lead" />
        </section>
      )}
      {latest.length > 0 && (
        <section aria-labelledby="latest-heading" className="pt-8">
          <h2 id="latest-heading" className="mb-6 font-sans text-sm font-bold uppercase tracking-wide">
            Latest
          </h2>
          <ul className="grid gap-8 sm:grid-cols-2 lg:grid-cols-3">
            {latest.map((story) => (
              <li key={story.id}>
                <StoryCard story={story} />
              </li>
            ))}
          </ul>
        </section>
      )}
    </>
  );
}
