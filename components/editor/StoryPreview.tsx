import { ArticleView } from "@/components/site/ArticleView";
import { editorPath } from "@/lib/articles/history-paths";
import type { PreviewStory } from "@/lib/articles/preview";
import { STATUS_LABELS } from "@/lib/articles/workflow";

/**
 * A saved story exactly as its reader page renders it (ArticleView), inside
 * the reader layout, under a banner that says it is a preview. Links readers
 * cannot follow yet are marked "(not published yet)".
 */
export function StoryPreview({ story }: { story: PreviewStory }) {
  return (
    <>
      <p
        role="note"
        className="mx-auto mb-6 max-w-3xl rounded border-2 border-dashed border-amber-700 bg-amber-50 px-4 py-3 text-sm font-semibold text-amber-950 dark:border-amber-300 dark:bg-amber-950 dark:text-amber-100"
      >
        Preview of the last saved version ({STATUS_LABELS[story.status]}). Readers cannot see this page.{" "}
        {story.workflow.publishedAt === null && "It has no publication time yet: it shows today's date. "}
        <a href={editorPath(story.article.id)} className="underline">
          Back to the editor
        </a>
      </p>
      <ArticleView article={story.article} notYetPublished={story.notYetPublished} />
    </>
  );
}
