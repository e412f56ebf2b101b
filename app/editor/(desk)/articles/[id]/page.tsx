import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { z } from "zod";
import { CorrectionsSection } from "@/components/editor/CorrectionsSection";
import { StoryEditor } from "@/components/editor/StoryEditor";
import { correctionRefusal } from "@/lib/articles/corrections";
import { editorOptions, getEditorStory } from "@/lib/articles/editor-queries";
import { versionForEditor } from "@/lib/articles/history";
import { pendingChangesForEditor } from "@/lib/articles/pending-draft";
import { can } from "@/lib/auth/policy";
import { requirePermission, requireUser } from "@/lib/auth/session";
import { db } from "@/lib/db";
import { siteInfo } from "@/lib/seo/site";
import { formatDateTime } from "@/lib/time";

export const metadata: Metadata = { title: "Edit story" };

type Props = { params: Promise<{ id: string }>; searchParams: Promise<{ restore?: string | string[] }> };

/** `?restore=n` from the history's "Restore this version"; anything else opens the story as saved. */
const restoreSchema = z.coerce.number().int().positive().max(Number.MAX_SAFE_INTEGER).optional().catch(undefined);

export default async function EditStoryPage({ params, searchParams }: Props) {
  await requireUser();
  const { id } = await params;
  const restore = restoreSchema.parse((await searchParams).restore);
  // The settings the staff header has read already, from the cache (saving them expires it).
  const { timeZone } = await siteInfo();
  const story = await getEditorStory(id, new Date(), db, timeZone);
  if (!story) notFound();
  const user = await requirePermission("article.view", story.workflow);
  const actor = { id: user.id, role: user.role };
  const [options, pending, restored] = await Promise.all([
    editorOptions(),
    pendingChangesForEditor(db, story.id),
    restore === undefined ? null : versionForEditor(db, actor, story.id, restore),
  ]);
  return (
    <div className="flex flex-col gap-10">
      <StoryEditor
        actor={actor}
        meta={{
          id: story.id,
          version: story.version,
          status: story.status,
          createdById: story.workflow.createdById ?? "",
        }}
        values={story.values}
        related={story.related}
        heroPreview={story.hero?.src ?? null}
        options={options}
        timeZone={timeZone}
        restored={restored ?? (restore === undefined ? null : { missing: restore })}
        pendingChanges={pending && { ...pending, savedAt: formatDateTime(pending.savedAt, timeZone) }}
        readOnly={
          can(actor, "article.edit", { status: story.status, createdById: story.workflow.createdById })
            ? null
            : { message: "You may read this story but not change it: only editors can change it now." }
        }
      />
      <CorrectionsSection
        articleId={story.id}
        corrections={story.corrections}
        refusal={correctionRefusal(actor, story.workflow)}
        timeZone={timeZone}
      />
    </div>
  );
}
