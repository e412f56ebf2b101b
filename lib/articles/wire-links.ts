import { viewableBy } from "@/lib/articles/viewable";
import type { Actor } from "@/lib/auth/policy";
import type { WireStory } from "@/lib/content/wire";
import { ignoringCase } from "@/lib/db-provider";
import type { Prisma, PrismaClient } from "@/lib/generated/prisma/client";

/** Straight and curly quotes, spacing and case should not stop a link from matching its story. */
function headlineKey(headline: string): string {
  return headline.replace(/[‘’]/g, "'").replace(/[“”]/g, '"').replace(/\s+/g, " ").trim().toLowerCase();
}

/**
 * The stories a wire story's "Related article:" lines point at, by headline
 * (headline → article id), among those `actor` may see; headlines that match
 * no such story are left out, so a writer learns nothing of another's draft.
 */
export async function findRelatedStoryIds(
  client: PrismaClient | Prisma.TransactionClient,
  story: WireStory,
  actor: Actor,
  now: Date,
): Promise<Map<string, string>> {
  const wanted = story.blocks.flatMap((block) => (block.type === "relatedLink" ? [block.headline] : []));
  if (wanted.length === 0) return new Map();
  // Prisma has no case-insensitive IN, so narrow by the first word and compare keys here.
  const candidates = await client.article.findMany({
    where: {
      AND: [
        viewableBy(actor, now),
        {
          OR: wanted.map((headline) => ({
            headline: ignoringCase(client, { startsWith: headline.split(" ")[0] ?? headline }),
          })),
        },
      ],
    },
    select: { id: true, headline: true },
  });
  const byKey = new Map(candidates.map((c) => [headlineKey(c.headline), c.id]));
  return new Map(
    wanted.flatMap((headline) => {
      const id = byKey.get(headlineKey(headline));
      return id ? [[headline, id] as const] : [];
    }),
  );
}
