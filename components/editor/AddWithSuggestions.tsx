"use client";

import { type ReactNode, useId, useState } from "react";
import { BUTTON, CONTROL, HINT } from "@/components/forms/styles";

type Props = {
  label: string;
  buttonLabel: string;
  suggestions: readonly string[];
  onAdd: (text: string) => void;
  /** Says what adding the typed text will do ("a new agency will be created"). */
  hintFor?: (text: string) => ReactNode;
};

/** A text box with the browser's own suggestion list; Enter or the button adds what was typed. */
export function AddWithSuggestions({ label, buttonLabel, suggestions, onAdd, hintFor }: Props) {
  const id = useId();
  const [text, setText] = useState("");
  const trimmed = text.trim();
  const hint = trimmed ? hintFor?.(trimmed) : null;
  const add = () => {
    if (!trimmed) return;
    onAdd(trimmed);
    setText("");
  };
  return (
    <div className="flex flex-col gap-1">
      <label htmlFor={id} className="text-sm font-semibold">
        {label}
      </label>
      <div className="flex gap-2">
        <input
          id={id}
          list={`${id}-suggestions`}
          className={CONTROL}
          value={text}
          autoComplete="off"
          aria-describedby={hint ? `${id}-hint` : undefined}
          onChange={(event) => setText(event.target.value)}
          onKeyDown={(event) => {
            if (event.key !== "Enter") return;
            event.preventDefault();
            add();
          }}
        />
        <button type="button" className={`${BUTTON.secondary} shrink-0 whitespace-nowrap`} onClick={add}>
          {buttonLabel}
        </button>
      </div>
      <datalist id={`${id}-suggestions`}>
        {suggestions.map((suggestion) => (
          <option key={suggestion} value={suggestion} />
        ))}
      </datalist>
      {hint && (
        <p id={`${id}-hint`} className={HINT}>
          {hint}
        </p>
      )}
    </div>
  );
}
