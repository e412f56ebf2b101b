import { z } from "zod";

/**
 * Cursors are opaque to clients: base64url of where the last page ended, so a
 * page follows on exactly even while stories are published in between. A
 * story list runs in one of two orders (newest published first, or oldest
 * change first with `updated_since`); its cursor says which.
 */
export type StoryOrder = "published" | "updated";
export type StoryPosition = { order: StoryOrder; at: Date; id: string };

const storyPosition = z.object({
  order: z.enum(["published", "updated"]),
  at: z.iso.datetime(),
  id: z.string().min(1).max(100),
});

export function encodeStoryCursor({ order, at, id }: StoryPosition): string {
  return Buffer.from(JSON.stringify({ order, at: at.toISOString(), id })).toString("base64url");
}

/** The position a cursor names, or null for one this API did not give out. */
export function decodeStoryCursor(cursor: string): StoryPosition | null {
  const parsed = storyPosition.safeParse(parseJson(cursor));
  return parsed.success ? { ...parsed.data, at: new Date(parsed.data.at) } : null;
}

const slugPosition = z.object({ slug: z.string().min(1).max(200) });

export function encodeSlugCursor(slug: string): string {
  return Buffer.from(JSON.stringify({ slug })).toString("base64url");
}

export function decodeSlugCursor(cursor: string): string | null {
  const parsed = slugPosition.safeParse(parseJson(cursor));
  return parsed.success ? parsed.data.slug : null;
}

function parseJson(cursor: string): unknown {
  try {
    return JSON.parse(Buffer.from(cursor, "base64url").toString("utf8"));
  } catch {
    return null;
  }
}
