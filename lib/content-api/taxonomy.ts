import "server-only";
import { authorPath, sectionPath, tagPath } from "@/lib/articles/paths";
import type { PrismaClient } from "@/lib/generated/prisma/client";
import { absoluteUrl } from "@/lib/seo/site";
import { decodeSlugCursor, encodeSlugCursor } from "./cursor";
import type { ListQuery } from "./query";
import type { Author, Section, Tag } from "./schemas";

export type Page<T> = { ok: true; data: T[]; next_cursor: string | null } | { ok: false; badCursor: true };

/** One page of rows ordered by slug, after the cursor's slug. */
async function pageBySlug<Row extends { slug: string }, T>(
  query: ListQuery,
  read: (args: { where: { slug?: { gt: string } }; take: number }) => Promise<Row[]>,
  toApi: (row: Row) => T,
): Promise<Page<T>> {
  const after = query.cursor === undefined ? null : decodeSlugCursor(query.cursor);
  if (query.cursor !== undefined && after === null) return { ok: false, badCursor: true };
  const rows = await read({ where: after === null ? {} : { slug: { gt: after } }, take: query.limit + 1 });
  const page = rows.slice(0, query.limit);
  const last = page.at(-1);
  return {
    ok: true,
    data: page.map(toApi),
    next_cursor: rows.length > query.limit && last ? encodeSlugCursor(last.slug) : null,
  };
}

export function listApiSections(client: PrismaClient, query: ListQuery): Promise<Page<Section>> {
  return pageBySlug(
    query,
    (args) =>
      client.section.findMany({
        ...args,
        orderBy: { slug: "asc" },
        select: { slug: true, name: true, description: true },
      }),
    (row) => ({ ...row, url: absoluteUrl(sectionPath(row.slug)) }),
  );
}

export function listApiTags(client: PrismaClient, query: ListQuery): Promise<Page<Tag>> {
  return pageBySlug(
    query,
    (args) => client.tag.findMany({ ...args, orderBy: { slug: "asc" }, select: { slug: true, name: true } }),
    (row) => ({ ...row, url: absoluteUrl(tagPath(row.slug)) }),
  );
}

export function listApiAuthors(client: PrismaClient, query: ListQuery): Promise<Page<Author>> {
  return pageBySlug(
    query,
    (args) =>
      client.author.findMany({
        ...args,
        orderBy: { slug: "asc" },
        select: { slug: true, name: true, kind: true, jobTitle: true, bio: true },
      }),
    ({ kind, jobTitle, ...row }) => ({
      ...row,
      kind: kind === "AGENCY" ? "agency" : "staff",
      job_title: jobTitle,
      url: absoluteUrl(authorPath(row.slug)),
    }),
  );
}
