import { type ArticleCard, listPublishedCards } from "@/lib/articles/queries";
import { db } from "@/lib/db";
import type { PrismaClient } from "@/lib/generated/prisma/client";
import { listSections } from "@/lib/sections/queries";

// Threes fill the three-column grid of wide screens.
export const HOME_LAYOUT = { topStories: 3, perSection: 3, latest: 10 } as const;

export type HomePage = {
  lead: ArticleCard | null;
  top: ArticleCard[];
  sections: { name: string; slug: string; stories: ArticleCard[] }[];
  latest: ArticleCard[];
};

export const EMPTY_HOME_PAGE: HomePage = { lead: null, top: [], sections: [], latest: [] };

/**
 * The front page: the newest story leads, the next ones are the top stories,
 * then a block per section (in navigation order) of its newest stories not
 * already shown above, and a "Latest" list of the newest stories.
 */
export async function getHomePage(now: Date, client: PrismaClient = db): Promise<HomePage> {
  const latest = await listPublishedCards(
    { take: Math.max(HOME_LAYOUT.latest, 1 + HOME_LAYOUT.topStories), now },
    client,
  );
  const [lead = null, ...rest] = latest;
  const top = rest.slice(0, HOME_LAYOUT.topStories);
  const shown = [lead, ...top].flatMap((story) => (story ? [story.id] : []));

  const sections = await Promise.all(
    (await listSections(client)).map(async ({ id, name, slug }) => ({
      name,
      slug,
      stories: await listPublishedCards(
        { where: { sectionId: id, id: { notIn: shown } }, take: HOME_LAYOUT.perSection, now },
        client,
      ),
    })),
  );
  return {
    lead,
    top,
    sections: sections.filter((section) => section.stories.length > 0),
    latest: latest.slice(0, HOME_LAYOUT.latest),
  };
}
