"use client";

import { type ReactNode, useEffect, useRef } from "react";
import { BUTTON, HINT } from "@/components/forms/styles";

type Props<T> = {
  items: readonly T[];
  /** Stable key and the name buttons use ("Move Reuters up"). */
  keyOf: (item: T) => string;
  nameOf: (item: T) => string;
  render: (item: T) => ReactNode;
  onChange: (items: T[]) => void;
  /** Shown when the list is empty. */
  empty: string;
};

/**
 * An ordered list the user rearranges with buttons, so the keyboard works as
 * well as the mouse; focus follows the item that moved.
 */
export function OrderedItems<T>({ items, keyOf, nameOf, render, onChange, empty }: Props<T>) {
  const listRef = useRef<HTMLOListElement>(null);
  const focusAfterMove = useRef<{ key: string; direction: "up" | "down" } | null>(null);

  useEffect(() => {
    const target = focusAfterMove.current;
    if (!target || !listRef.current) return;
    focusAfterMove.current = null;
    const row = listRef.current.querySelector<HTMLElement>(`[data-key="${CSS.escape(target.key)}"]`);
    const button =
      row?.querySelector<HTMLButtonElement>(`[data-move="${target.direction}"]:not(:disabled)`) ??
      row?.querySelector<HTMLButtonElement>("[data-move]:not(:disabled)");
    button?.focus();
  });

  const move = (index: number, direction: "up" | "down") => {
    const to = direction === "up" ? index - 1 : index + 1;
    const next = [...items];
    const [item] = next.splice(index, 1);
    if (item === undefined || to < 0 || to > items.length - 1) return;
    next.splice(to, 0, item);
    focusAfterMove.current = { key: keyOf(item), direction };
    onChange(next);
  };

  if (items.length === 0) return <p className={HINT}>{empty}</p>;
  return (
    <ol ref={listRef} className="flex flex-col gap-2">
      {items.map((item, index) => (
        <li
          key={keyOf(item)}
          data-key={keyOf(item)}
          className="flex flex-wrap items-center gap-2 rounded border border-neutral-200 px-2 py-1 dark:border-neutral-700"
        >
          <span className="min-w-0 flex-1 text-sm">{render(item)}</span>
          <span className="flex gap-1">
            <button
              type="button"
              data-move="up"
              className={BUTTON.small}
              disabled={index === 0}
              aria-label={`Move ${nameOf(item)} up`}
              onClick={() => move(index, "up")}
            >
              ↑
            </button>
            <button
              type="button"
              data-move="down"
              className={BUTTON.small}
              disabled={index === items.length - 1}
              aria-label={`Move ${nameOf(item)} down`}
              onClick={() => move(index, "down")}
            >
              ↓
            </button>
            <button
              type="button"
              className={BUTTON.small}
              aria-label={`Remove ${nameOf(item)}`}
              onClick={() => onChange(items.filter((_, i) => i !== index))}
            >
              Remove
            </button>
          </span>
        </li>
      ))}
    </ol>
  );
}
