"use client";

import type { Editor } from "@tiptap/core";
import { Dialog } from "@/components/editor/Dialog";
import { StorySearch } from "@/components/editor/StorySearch";

/** Finds a story by headline and puts a "Related article:" block at the cursor. */
export function RelatedArticleDialog({ editor, open, onClose, articleId }: { editor: Editor; open: boolean; onClose: () => void; articleId: string | null }) {
  return (
    <Dialog open={open} title="Insert a related article" onClose={onClose}>
      <StorySearch
        label="Search headlines"
        excludeId={articleId}
        autoFocus
        onPick={(story) => {
          editor
            .chain()
            .focus()
            .insertContent({ type: "relatedArticle", attrs: { articleId: story.id, headline: story.headline, live: story.live } })
            .run();
          onClose();
        }}
      />
    </Dialog>
  );
}
