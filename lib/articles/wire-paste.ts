import { findAuthorByName } from "@/lib/articles/bylines";
import { decorateBody } from "@/lib/articles/editor-body";
import { instantToNewsroomTime, wireDateToInstant } from "@/lib/articles/publication-time";
import type { ArticleFormValues, BylineInput } from "@/lib/articles/schema";
import { slugFromHeadline } from "@/lib/articles/slug";
import { findRelatedStoryIds } from "@/lib/articles/wire-links";
import type { Actor } from "@/lib/auth/policy";
import { parseWireStory, resolveWireBody } from "@/lib/content/wire";
import type { PrismaClient } from "@/lib/generated/prisma/client";
import { newsroomTimeZone } from "@/lib/settings/queries";

/** The editor fields a pasted wire story fills in; the rest of the form is left as it is. */
export type WireFill = Pick<
  ArticleFormValues,
  | "headline"
  | "slug"
  | "slugFollowsHeadline"
  | "dek"
  | "bylines"
  | "heroCredit"
  | "sourceName"
  | "sourceUrl"
  | "body"
  | "publishAt"
>;

export type WirePasteResult =
  | {
      ok: true;
      fill: WireFill;
      warnings: string[] /** "Related article:" headlines that match no story. */;
      unresolved: string[];
    }
  | { ok: false; message: string };

/**
 * Reads pasted wire copy the way `npm run import` does, but writes nothing:
 * the fields are filled in for the writer to review and save. Bylines and
 * "Related article:" lines are matched to existing authors and to the stories
 * `actor` may see.
 */
export async function wireStoryToForm(
  client: PrismaClient,
  actor: Actor,
  text: string,
  now: Date = new Date(),
): Promise<WirePasteResult> {
  const parsed = parseWireStory(text);
  if (!parsed.ok) return { ok: false, message: parsed.message };
  const { story } = parsed;

  const relatedIds = await findRelatedStoryIds(client, story, actor, now);
  const { doc, unresolved } = resolveWireBody(story.blocks, (headline) => relatedIds.get(headline));
  const zone = await newsroomTimeZone(client);
  const bylines: BylineInput[] = [];
  for (const name of story.bylines) {
    const author = await findAuthorByName(client, name);
    bylines.push(author ? { kind: "author", id: author.id, name: author.name } : { kind: "agency", name });
  }
  const warnings = [
    ...parsed.warnings,
    ...unresolved.map(
      (headline) => `"Related article: ${headline}" matches no story here, so it was kept as a line of text.`,
    ),
  ];
  return {
    ok: true,
    warnings,
    unresolved,
    fill: {
      headline: story.headline,
      slug: slugFromHeadline(story.headline),
      slugFollowsHeadline: true,
      dek: story.dek,
      bylines,
      heroCredit: story.heroCredit,
      sourceName: story.sourceName,
      sourceUrl: story.sourceUrl ?? "",
      body: await decorateBody(client, doc, now),
      publishAt: instantToNewsroomTime(wireDateToInstant(story.publishedOn, zone), zone),
    },
  };
}
