import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { CorrectionsSection } from "@/components/editor/CorrectionsSection";
import { StoryEditor } from "@/components/editor/StoryEditor";
import { correctionRefusal } from "@/lib/articles/corrections";
import { editorOptions, getEditorStory } from "@/lib/articles/editor-queries";
import { requirePermission, requireUser } from "@/lib/auth/session";
import { newsroomTimeZone } from "@/lib/settings/queries";

export const metadata: Metadata = { title: "Edit story" };

type Props = { params: Promise<{ id: string }> };

export default async function EditStoryPage({ params }: Props) {
  await requireUser();
  const { id } = await params;
  const story = await getEditorStory(id);
  if (!story) notFound();
  const user = await requirePermission("article.view", story.workflow);
  const [options, timeZone] = await Promise.all([editorOptions(), newsroomTimeZone()]);
  const actor = { id: user.id, role: user.role };
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
