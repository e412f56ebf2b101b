"use client";

import { AddWithSuggestions } from "@/components/editor/AddWithSuggestions";
import { BUTTON, FIELD_ERROR, GROUP, LEGEND } from "@/components/forms/styles";

/** Tags: pick one in use or type a new one, created when the story is saved. */
export function TagsField({
  tags,
  suggestions,
  onChange,
  error,
}: {
  tags: string[];
  suggestions: string[];
  onChange: (tags: string[]) => void;
  error?: string;
}) {
  const add = (name: string) => {
    const known = suggestions.find((tag) => tag.toLowerCase() === name.toLowerCase()) ?? name;
    if (!tags.some((tag) => tag.toLowerCase() === known.toLowerCase())) onChange([...tags, known]);
  };
  return (
    <fieldset className={GROUP} aria-describedby={error ? "tags-error" : undefined}>
      <legend className={LEGEND}>Tags</legend>
      {tags.length > 0 && (
        <ul className="flex flex-wrap gap-2">
          {tags.map((tag) => (
            <li
              key={tag}
              className="flex items-center gap-1 rounded border border-neutral-300 px-2 py-1 text-sm dark:border-neutral-600"
            >
              {tag}
              <button
                type="button"
                className={BUTTON.small}
                aria-label={`Remove tag ${tag}`}
                onClick={() => onChange(tags.filter((other) => other !== tag))}
              >
                ×
              </button>
            </li>
          ))}
        </ul>
      )}
      <AddWithSuggestions
        label="Add a tag"
        buttonLabel="Add tag"
        suggestions={suggestions.filter((tag) => !tags.includes(tag))}
        onAdd={add}
        hintFor={(name) =>
          suggestions.some((tag) => tag.toLowerCase() === name.toLowerCase())
            ? null
            : `"${name}" is a new tag: it will be created when you save.`
        }
      />
      {error && (
        <p id="tags-error" className={FIELD_ERROR}>
          {error}
        </p>
      )}
    </fieldset>
  );
}
