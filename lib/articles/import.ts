import "server-only";
import type { StaffActor } from "@/lib/articles/audit";
import { getEditorStory, newStoryValues } from "@/lib/articles/editor-queries";
import { saveArticle } from "@/lib/articles/save";
import { type FieldErrors, refusalLines } from "@/lib/articles/schema";
import { slugFromHeadline } from "@/lib/articles/slug";
import { wireStoryToForm } from "@/lib/articles/wire-paste";
import { recordAudit } from "@/lib/audit/record";
import type { Revalidation } from "@/lib/cache/tags";
import type { PrismaClient } from "@/lib/generated/prisma/client";

export type ImportOptions = {
  /** Publish at the story's own date instead of saving a draft. */
  publish?: boolean;
  /** Replace the story that already has this slug instead of refusing. */
  update?: boolean;
  /** Where the text came from, for the audit log (a file name). */
  origin?: string;
  now?: Date;
};

export type ImportResult =
  | {
      ok: true;
      article: { id: string; slug: string; headline: string; status: string };
      created: boolean;
      /** Headlines of "Related article:" links that match no story. */
      unresolved: string[];
      warnings: string[];
      revalidate: Revalidation;
    }
  | { ok: false; message: string };

function refusal(message: string, fieldErrors: FieldErrors = {}): ImportResult {
  return { ok: false, message: refusalLines(message, fieldErrors).join("\n  ") };
}

/**
 * Turns wire copy into a story the way the editor would: the copy fills the
 * editor's fields (as "Paste wire story" does), and the story is saved through
 * the editor's own save, with its form schema, workflow and policy checks,
 * revision and audit events, all in one transaction. An update keeps every
 * field the copy does not carry (section, tags, hero, related stories).
 */
export async function importWireStory(
  client: PrismaClient,
  actor: StaffActor,
  text: string,
  options: ImportOptions = {},
): Promise<ImportResult> {
  const now = options.now ?? new Date();
  const pasted = await wireStoryToForm(client, actor, text, now);
  if (!pasted.ok) return { ok: false, message: pasted.message };
  const slug = slugFromHeadline(pasted.fill.headline);

  const existing = await client.article.findUnique({ where: { slug }, select: { id: true, headline: true } });
  if (existing && !options.update) {
    return refusal(
      `A story with the slug "${slug}" already exists ("${existing.headline}"). Nothing was imported; run again with --update to replace it.`,
    );
  }
  const current = existing ? await getEditorStory(existing.id, now, client) : null;
  const base = current?.values ?? (await newStoryValues(actor, client));

  const outcome = await saveArticle(
    client,
    actor,
    {
      articleId: current?.id ?? null,
      baseVersion: current?.version ?? null,
      // Publishing a story that is already live is a save that keeps it live.
      action: options.publish && current?.status !== "PUBLISHED" ? "publish" : "save",
      // A slug that someone takes in the meantime is refused, not numbered.
      fields: { ...base, ...pasted.fill, slug, slugFollowsHeadline: false },
    },
    {
      now,
      onSaved: (tx, story) =>
        recordAudit(tx, {
          action: existing ? "article.import_update" : "article.import",
          actor,
          targetType: "article",
          targetId: story.id,
          details: { slug: story.slug, origin: options.origin ?? "", published: options.publish ?? false },
        }),
    },
  );
  if (!outcome.ok) return refusal(outcome.message, "fieldErrors" in outcome ? outcome.fieldErrors : {});
  const { story } = outcome;
  return {
    ok: true,
    article: { id: story.id, slug: story.slug, headline: pasted.fill.headline, status: story.status },
    created: outcome.created,
    unresolved: pasted.unresolved,
    warnings: pasted.warnings,
    revalidate: outcome.revalidate,
  };
}
