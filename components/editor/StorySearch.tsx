"use client";

import { useEffect, useId, useState } from "react";
import { BUTTON, CONTROL, HINT } from "@/components/forms/styles";
import { searchStories } from "@/lib/articles/actions";
import type { StoryChoice } from "@/lib/articles/editor-queries";

/**
 * Search over story headlines; each result is a button that picks it.
 * Results are announced politely, so screen-reader users hear the count.
 */
export function StorySearch({
  label,
  excludeId,
  exclude = [],
  onPick,
  autoFocus,
}: {
  label: string;
  excludeId: string | null;
  /** Ids already picked, left out of the results. */
  exclude?: readonly string[];
  onPick: (story: StoryChoice) => void;
  autoFocus?: boolean;
}) {
  const id = useId();
  const [text, setText] = useState("");
  const [results, setResults] = useState<StoryChoice[] | null>(null);
  /** Why the search could not run (a session that ended), instead of a misleading "No stories found". */
  const [problem, setProblem] = useState<string | null>(null);

  useEffect(() => {
    if (text.trim().length < 2) {
      setResults(null);
      return;
    }
    let current = true;
    const timer = setTimeout(() => {
      searchStories({ text, excludeId }).then(
        (found) => {
          if (!current) return;
          setResults(found.ok ? found.stories : []);
          setProblem(found.ok ? null : found.message);
        },
        () => {
          if (!current) return;
          setResults([]);
          setProblem("The search did not go through: the server could not be reached. Try again in a moment.");
        },
      );
    }, 200);
    return () => {
      current = false;
      clearTimeout(timer);
    };
  }, [text, excludeId]);

  const shown = results?.filter((story) => !exclude.includes(story.id)) ?? null;
  return (
    <div className="flex flex-col gap-2">
      <label htmlFor={id} className="text-sm font-semibold">
        {label}
      </label>
      <input
        id={id}
        type="search"
        className={CONTROL}
        value={text}
        onChange={(event) => setText(event.target.value)}
        autoComplete="off"
        // biome-ignore lint/a11y/noAutofocus: only inside a dialog that opened for this search.
        autoFocus={autoFocus}
      />
      <p role="status" className={HINT}>
        {searchStatus(shown, problem)}
      </p>
      {shown && shown.length > 0 && (
        <ul className="flex max-h-64 flex-col gap-1 overflow-y-auto">
          {shown.map((story) => (
            <li key={story.id}>
              <button
                type="button"
                className={`${BUTTON.secondary} w-full justify-start text-left`}
                onClick={() => {
                  onPick(story);
                  setText("");
                }}
              >
                {story.headline}
              </button>
              {!story.live && <span className={HINT}> Not published yet</span>}
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}

function searchStatus(shown: readonly StoryChoice[] | null, problem: string | null): string {
  if (shown === null) return "Type two or more letters of a headline.";
  if (problem) return problem;
  if (shown.length === 0) return "No stories found.";
  return `${shown.length} ${shown.length === 1 ? "story" : "stories"} found.`;
}
