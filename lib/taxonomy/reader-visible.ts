import { linkVisible } from "@/lib/articles/visibility";
import type { PrismaClient } from "@/lib/generated/prisma/client";

/**
 * Whether readers can see at least one story with this tag or byline now.
 * Tags and agencies are created by typing them into a story, so until a
 * story that carries one is published its page answers "not found": an empty
 * listing would announce the story before it runs. One look-up in the link
 * table's (owner, visibleFrom) index, however many stories there are.
 */
export async function hasReaderVisibleStory(
  owner: { tagId: string } | { authorId: string },
  now: Date,
  client: PrismaClient,
): Promise<boolean> {
  const query = { select: { articleId: true } } as const;
  const link =
    "tagId" in owner
      ? await client.articleTag.findFirst({ ...query, where: { tagId: owner.tagId, ...linkVisible(now) } })
      : await client.articleAuthor.findFirst({ ...query, where: { authorId: owner.authorId, ...linkVisible(now) } });
  return link !== null;
}
