import { z } from "zod";

/**
 * The query strings the content API takes, as zod schemas: the routes parse
 * with them and the OpenAPI document lists them as parameters. Strict, so a
 * misspelt parameter is refused instead of silently ignored.
 */
const slug = z.string().trim().min(1).max(200);

export const MAX_PAGE_SIZE = 100;

const limit = (byDefault: number) =>
  z.coerce
    .number({ error: "limit must be a whole number" })
    .int("limit must be a whole number")
    .min(1, "limit must be at least 1")
    .max(MAX_PAGE_SIZE, `limit must be at most ${MAX_PAGE_SIZE}`)
    .default(byDefault)
    .meta({ description: `Items a page, at most ${MAX_PAGE_SIZE}.` });

const cursor = z.string().max(1000).optional().meta({ description: "The `next_cursor` of the page before." });

export const storyQuery = z.strictObject({
  section: slug.optional().meta({ description: "Only stories filed in this section (its slug)." }),
  tag: slug.optional().meta({ description: "Only stories with this tag (its slug)." }),
  author: slug.optional().meta({ description: "Only stories with this byline (its slug)." }),
  updated_since: z.iso
    .datetime({ offset: true, error: "updated_since must be an ISO 8601 time such as 2026-12-01T00:00:00Z" })
    .optional()
    .meta({ description: "Only stories changed at or after this time (ISO 8601), to keep a copy in step." }),
  cursor,
  limit: limit(20),
});
export type StoryQuery = z.output<typeof storyQuery>;

export const listQuery = z.strictObject({ cursor, limit: limit(50) });

/** One item by its address: no parameters. */
export const noQuery = z.strictObject({});
export type ListQuery = z.output<typeof listQuery>;
