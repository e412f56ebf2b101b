"use client";

import type { Editor } from "@tiptap/core";
import { StorySearch } from "@/components/editor/StorySearch";

/** Finds a story by headline and puts a "Related article:" block at the cursor (in the body's dialog). */
export function RelatedArticlePicker({
  editor,
  onDone,
  articleId,
}: {
  editor: Editor;
  onDone: () => void;
  articleId: string | null;
}) {
  return (
    <StorySearch
      label="Search headlines"
      excludeId={articleId}
      autoFocus
      onPick={(story) => {
        editor
          .chain()
          .focus()
          .insertContent({
            type: "relatedArticle",
            attrs: { articleId: story.id, headline: story.headline, live: story.live },
          })
          .run();
        onDone();
      }}
    />
  );
}
