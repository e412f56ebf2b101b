/**
 * FTS5's highlight() and snippet() wrap matches in delimiters we choose. These
 * private-use characters never appear in text we index on purpose, and splitting
 * on them lets the page render matches as <mark> elements: no HTML is built
 * from search results.
 */
export const MARK_START = "\uE000";
export const MARK_END = "\uE001";

export type TextRun = { text: string; marked: boolean };

/** "a \uE000b\uE001 c" → [{a }, {b, marked}, { c}]. Unpaired delimiters are dropped. */
export function splitHighlights(text: string): TextRun[] {
  const runs: TextRun[] = [];
  let marked = false;
  for (const piece of text.split(/([\uE000\uE001])/u)) {
    if (piece === MARK_START) marked = true;
    else if (piece === MARK_END) marked = false;
    else if (piece) runs.push({ text: piece, marked });
  }
  return runs;
}

export function hasHighlight(runs: readonly TextRun[]): boolean {
  return runs.some((run) => run.marked);
}
