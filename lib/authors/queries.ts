import { listStoryPage } from "@/lib/articles/queries";
import { db } from "@/lib/db";
import type { PrismaClient } from "@/lib/generated/prisma/client";

export async function getAuthor(slug: string, client: PrismaClient = db) {
  return client.author.findUnique({
    where: { slug },
    select: { id: true, name: true, slug: true, bio: true, kind: true, url: true },
  });
}

/** An author's page of stories, or null if there is no such author. */
export async function getAuthorListing(slug: string, pageNumber: number, now: Date, client: PrismaClient = db) {
  const author = await getAuthor(slug, client);
  return (
    author && {
      author,
      ...(await listStoryPage({ authorId: author.id }, pageNumber, now, client)),
    }
  );
}
