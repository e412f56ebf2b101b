"use client";

import { AddWithSuggestions } from "@/components/editor/AddWithSuggestions";
import { OrderedItems } from "@/components/editor/OrderedItems";
import { FIELD_ERROR, GROUP, HINT, LEGEND } from "@/components/forms/styles";
import type { EditorOptions } from "@/lib/articles/editor-queries";
import type { BylineInput } from "@/lib/articles/schema";

const keyOf = (byline: BylineInput) =>
  byline.kind === "author" ? `author:${byline.id}` : `agency:${byline.name.toLowerCase()}`;

/** The ordered bylines: pick a staff writer or agency on file, or name a new agency ("Reuters"). */
export function BylinesField({
  bylines,
  authors,
  onChange,
  error,
}: {
  bylines: BylineInput[];
  authors: EditorOptions["authors"];
  onChange: (bylines: BylineInput[]) => void;
  error?: string;
}) {
  const kindOf = new Map(authors.map((author) => [author.id, author.kind === "AGENCY" ? "agency" : "staff"]));
  const find = (name: string) => authors.find((author) => author.name.toLowerCase() === name.toLowerCase());
  const add = (name: string) => {
    const author = find(name);
    const byline: BylineInput = author
      ? { kind: "author", id: author.id, name: author.name }
      : { kind: "agency", name };
    if (!bylines.some((existing) => keyOf(existing) === keyOf(byline))) onChange([...bylines, byline]);
  };
  return (
    <fieldset className={GROUP} aria-describedby={error ? "bylines-error" : undefined}>
      <legend className={LEGEND}>Bylines</legend>
      <OrderedItems
        items={bylines}
        keyOf={keyOf}
        nameOf={(byline) => byline.name}
        onChange={onChange}
        empty="No byline yet."
        render={(byline) => (
          <>
            <span className="font-semibold">{byline.name}</span>{" "}
            <span className={HINT}>
              ({byline.kind === "author" ? kindOf.get(byline.id) : "new agency, added when you save"})
            </span>
          </>
        )}
      />
      <AddWithSuggestions
        label="Add a byline"
        buttonLabel="Add byline"
        suggestions={authors.map((author) => author.name)}
        onAdd={add}
        hintFor={(name) => (find(name) ? null : `"${name}" is not on file: it will be added as a new agency byline.`)}
      />
      {error && (
        <p id="bylines-error" className={FIELD_ERROR}>
          {error}
        </p>
      )}
    </fieldset>
  );
}
