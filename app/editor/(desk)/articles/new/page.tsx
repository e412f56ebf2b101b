import type { Metadata } from "next";
import { StoryEditor } from "@/components/editor/StoryEditor";
import { editorOptions, newStoryValues } from "@/lib/articles/editor-queries";
import { requirePermission } from "@/lib/auth/session";
import { siteInfo } from "@/lib/seo/site";

export const metadata: Metadata = { title: "New story" };

export default async function NewStoryPage() {
  const user = await requirePermission("article.create", null);
  const [values, options] = await Promise.all([newStoryValues(user), editorOptions()]);
  return (
    <StoryEditor
      actor={{ id: user.id, role: user.role }}
      meta={{ id: null, version: null, status: "DRAFT", createdById: user.id }}
      values={values}
      related={[]}
      heroPreview={null}
      options={options}
      timeZone={(await siteInfo()).timeZone}
    />
  );
}
