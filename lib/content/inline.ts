import type { Inline, Mark } from "./schema";

/** Same marks regardless of order (links compare by address). */
export function sameMarks(a: readonly Mark[] = [], b: readonly Mark[] = []): boolean {
  if (a.length !== b.length) return false;
  return a.every((mark) => b.some((other) => markKey(other) === markKey(mark)));
}

function markKey(mark: Mark): string {
  return mark.type === "link" ? `link:${mark.attrs.href}` : mark.type;
}

/**
 * Joins neighbouring text nodes that carry the same marks and drops empty
 * ones, so importers produce the same shape Tiptap would.
 */
export function mergeAdjacentText(inlines: readonly Inline[]): Inline[] {
  const out: Inline[] = [];
  for (const node of inlines) {
    if (node.type === "text" && node.text === "") continue;
    const last = out[out.length - 1];
    if (node.type === "text" && last?.type === "text" && sameMarks(last.marks, node.marks)) {
      out[out.length - 1] = { ...last, text: last.text + node.text };
    } else {
      out.push(node);
    }
  }
  return out;
}

/** Splits text nodes longer than the schema allows into same-marked pieces. */
export function splitLongText(inlines: readonly Inline[], maxLength: number): Inline[] {
  return inlines.flatMap((node) => {
    if (node.type !== "text" || node.text.length <= maxLength) return [node];
    const pieces: Inline[] = [];
    for (let start = 0; start < node.text.length; ) {
      let end = Math.min(start + maxLength, node.text.length);
      // Keep surrogate pairs together.
      if (end < node.text.length && /[\uD800-\uDBFF]/.test(node.text[end - 1] ?? "")) end--;
      pieces.push({ ...node, text: node.text.slice(start, end) });
      start = end;
    }
    return pieces;
  });
}
