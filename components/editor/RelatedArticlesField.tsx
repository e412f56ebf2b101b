"use client";

import { OrderedItems } from "@/components/editor/OrderedItems";
import { StorySearch } from "@/components/editor/StorySearch";
import { FIELD_ERROR, GROUP, LEGEND } from "@/components/forms/styles";
import type { StoryChoice } from "@/lib/articles/editor-queries";

/** The ordered "Related articles" list under the story, picked by headline. */
export function RelatedArticlesField({
  related,
  articleId,
  onChange,
  error,
}: {
  related: StoryChoice[];
  articleId: string | null;
  onChange: (related: StoryChoice[]) => void;
  error?: string;
}) {
  return (
    <fieldset className={GROUP} aria-describedby={error ? "related-error" : undefined}>
      <legend className={LEGEND}>Related articles</legend>
      <OrderedItems
        items={related}
        keyOf={(story) => story.id}
        nameOf={(story) => story.headline}
        onChange={onChange}
        empty="No related articles yet."
        render={(story) => (
          <>
            {story.headline}
            {!story.live && (
              <strong className="block text-amber-800 dark:text-amber-300">
                Not published: readers will not see it in the list until it is.
              </strong>
            )}
          </>
        )}
      />
      <StorySearch
        label="Find a related article"
        excludeId={articleId}
        exclude={related.map((story) => story.id)}
        onPick={(story) => onChange([...related, story])}
      />
      {error && (
        <p id="related-error" className={FIELD_ERROR}>
          {error}
        </p>
      )}
    </fieldset>
  );
}
