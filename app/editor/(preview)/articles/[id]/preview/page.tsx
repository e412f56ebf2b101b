import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { StoryPreview } from "@/components/editor/StoryPreview";
import { getPreviewStory } from "@/lib/articles/preview";
import { requirePermission, requireUser } from "@/lib/auth/session";

export const metadata: Metadata = { title: "Preview", robots: { index: false, follow: false } };

type Props = { params: Promise<{ id: string }> };

/** A staff-only preview of a saved story; never indexed. */
export default async function PreviewPage({ params }: Props) {
  const actor = await requireUser();
  const story = await getPreviewStory((await params).id, actor);
  if (!story) notFound();
  await requirePermission("article.view", story.workflow);
  return <StoryPreview story={story} />;
}
