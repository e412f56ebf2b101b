import { z } from "zod";
import { type BodyDocument, emptyDocument, parseBody } from "@/lib/content/schema";
import { ArticleStatus } from "@/lib/generated/prisma/enums";

/**
 * A stored revision (lib/articles/revisions.ts writes them) read back. Older
 * snapshots may lack fields added since, so every field has a default rather
 * than making a whole version unreadable.
 */

const text = z.string().catch("");
const nullableText = z
  .string()
  .nullish()
  .catch(null)
  .transform((value) => value || null);
const ids = z.array(z.string()).catch([]);
const instant = z.iso
  .datetime({ offset: true })
  .nullish()
  .catch(null)
  .transform((value) => (value ? new Date(value) : null));

export const versionSnapshotSchema = z.object({
  headline: text,
  slug: text,
  dek: text,
  body: z.unknown().transform((json): BodyDocument => {
    const parsed = parseBody(json);
    return parsed.ok ? parsed.doc : emptyDocument();
  }),
  status: z.enum(ArticleStatus).catch("DRAFT"),
  publishedAt: instant,
  dateline: text,
  sectionId: nullableText,
  heroMediaId: nullableText,
  heroAlt: text,
  heroCaption: text,
  heroCredit: text,
  sourceName: text,
  sourceUrl: nullableText,
  seoTitle: text,
  seoDescription: text,
  authorIds: ids,
  tagIds: ids,
  relatedIds: ids,
});

export type VersionSnapshot = z.output<typeof versionSnapshotSchema>;

/** The snapshot's fields, or null when the stored text is not JSON at all. */
export function readSnapshot(stored: string): VersionSnapshot | null {
  let json: unknown;
  try {
    json = JSON.parse(stored);
  } catch {
    return null;
  }
  const parsed = versionSnapshotSchema.safeParse(json);
  return parsed.success ? parsed.data : null;
}
