import { SAVE_STORY_API } from "@/lib/articles/history-paths";
import type { ArticleFormValues } from "@/lib/articles/schema";
import type { StaffClient } from "@/lib/testing/staff-client";
import { storyForm } from "@/lib/testing/story-form";
import type { AcknowledgedSave } from "./story-integrity";

/** What the editor's save answers (lib/articles/save.ts), as far as these journeys read it. */
export type SaveReply =
  | {
      ok: true;
      created: boolean;
      story: { id: string; version: number; slug: string; status: string; publishAt: string };
    }
  | { ok: false; error: string; message?: string };

export type StoryReferences = { author: { id: string; name: string }; sectionId: string; tag: string };

/**
 * A story form that writes every table a save touches: a staff byline, an
 * existing tag and one of its own, a section, and a body long enough that the
 * transaction is not over in an instant.
 */
export function fullStoryForm(
  references: StoryReferences,
  { headline, slug, ownTag }: { headline: string; slug: string; ownTag: string },
): ArticleFormValues {
  const paragraph = (n: number) => ({
    type: "paragraph",
    content: [
      { type: "text", text: `${headline}: paragraph ${n} of the story, long enough to be indexed for search.` },
    ],
  });
  return storyForm({
    headline,
    slug,
    dek: `${headline}, in brief.`,
    sectionId: references.sectionId,
    tags: [references.tag, ownTag],
    bylines: [{ kind: "author", id: references.author.id, name: references.author.name }],
    body: { type: "doc", content: Array.from({ length: 40 }, (_, n) => paragraph(n + 1)) },
  });
}

/** The server answered a save, but not with `ok: true` (a refusal, or an error page). */
export class SaveNotAcknowledged extends Error {}

/**
 * Saves as the editor does (its save route) and answers the saved story when the server acknowledged
 * it; throws SaveNotAcknowledged on any other answer, and fetch's own error
 * when no answer came at all.
 */
export async function acknowledgedSave(
  client: StaffClient,
  input: {
    articleId: string | null;
    baseVersion: number | null;
    action: "save" | "publish";
    fields: ArticleFormValues;
  },
): Promise<AcknowledgedSave & { slug: string; status: string }> {
  const reply = await client.postJson<SaveReply>(SAVE_STORY_API, input);
  if (!reply.result?.ok)
    throw new SaveNotAcknowledged(`The save was not acknowledged: ${reply.status} ${reply.body.slice(0, 500)}`);
  const { story } = reply.result;
  return { articleId: story.id, version: story.version, slug: story.slug, status: story.status };
}
