import { listStoryPage } from "@/lib/articles/queries";
import { db } from "@/lib/db";
import { ignoringCase } from "@/lib/db-provider";
import type { NameFilter } from "@/lib/forms/name-filter";
import { parseUrlList } from "@/lib/forms/url-lines";
import type { Prisma, PrismaClient } from "@/lib/generated/prisma/client";
import { mediaSource } from "@/lib/media/urls";
import { hasReaderVisibleStory } from "@/lib/taxonomy/reader-visible";
import { findTaxonomyRedirect } from "@/lib/taxonomy/redirects";

const PHOTO = { select: { fileName: true, width: true, height: true, variants: true } } as const;

export async function getAuthor(slug: string, client: PrismaClient = db) {
  const author = await client.author.findUnique({
    where: { slug },
    select: {
      id: true,
      name: true,
      slug: true,
      bio: true,
      kind: true,
      url: true,
      jobTitle: true,
      links: true,
      photoCredit: true,
      photo: PHOTO,
    },
  });
  return author && { ...author, links: parseUrlList(author.links), photo: author.photo && mediaSource(author.photo) };
}

/** A staff byline's profile as its form shows it, by its id or its person's. */
export async function getProfile(where: Prisma.AuthorWhereUniqueInput, client: PrismaClient = db) {
  const author = await client.author.findUnique({
    where,
    select: {
      id: true,
      name: true,
      slug: true,
      kind: true,
      userId: true,
      url: true,
      jobTitle: true,
      bio: true,
      links: true,
      photoMediaId: true,
      photoCredit: true,
      photo: PHOTO,
    },
  });
  return author && { ...author, links: parseUrlList(author.links), photo: author.photo && mediaSource(author.photo) };
}
export type Profile = NonNullable<Awaited<ReturnType<typeof getProfile>>>;

/** The current slug of the byline that used to answer at `slug` (a merged agency). */
export async function findAuthorRedirect(slug: string, client: PrismaClient = db): Promise<string | null> {
  return findTaxonomyRedirect(client, "AUTHOR", slug);
}

/**
 * An author's page of stories, or null if there is no such author. An
 * agency, typed into stories like a tag, has no page until readers see one
 * of its stories (see hasReaderVisibleStory); a staff writer's profile is
 * the newsroom's own and has its page from the start.
 */
export async function getAuthorListing(slug: string, pageNumber: number, now: Date, client: PrismaClient = db) {
  const author = await getAuthor(slug, client);
  if (!author) return null;
  if (author.kind === "AGENCY" && !(await hasReaderVisibleStory({ authorId: author.id }, now, client))) return null;
  return { author, ...(await listStoryPage({ authorId: author.id }, pageNumber, now, client)) };
}

export const AUTHORS_PER_PAGE = 50;

/** The editors' list of bylines, staff and agencies, with their number of stories. */
export async function listAuthorsForAdmin(filter: NameFilter, client: PrismaClient = db) {
  const where: Prisma.AuthorWhereInput = filter.q ? { name: ignoringCase(client, { contains: filter.q }) } : {};
  const [authors, total] = await Promise.all([
    client.author.findMany({
      where,
      orderBy: [{ kind: "asc" }, { name: "asc" }],
      skip: (filter.page - 1) * AUTHORS_PER_PAGE,
      take: AUTHORS_PER_PAGE,
      select: { id: true, name: true, slug: true, kind: true, jobTitle: true, _count: { select: { articles: true } } },
    }),
    client.author.count({ where }),
  ]);
  return { authors, total, pageCount: Math.max(1, Math.ceil(total / AUTHORS_PER_PAGE)) };
}
export type AuthorAdminRow = Awaited<ReturnType<typeof listAuthorsForAdmin>>["authors"][number];
