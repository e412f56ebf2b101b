/**
 * How much Markdown one call of the parser may see. micromark is linear on
 * ordinary prose but not on hostile structure: runs of emphasis delimiters
 * ("*a_*a_…"), lines that open many containers ("- - - - …") and long nested
 * lists cost quadratic time or worse in the size of the document it is given.
 * So Markdown is parsed in chunks of a bounded number of lines, and a chunk
 * with a very long line, a lot of markup or deep containers is kept as plain
 * text instead: the writer's words survive, only their formatting is lost.
 * Even in chunks micromark may spend 100 µs on a line (of a nested list), so
 * past `maxParsedLines` a document is plain text too.
 */
export const MARKDOWN_LIMITS = {
  /** A chunk ends at the first blank line after this many lines… */
  chunkLines: 20,
  /** …or, without a blank line, here: nested lists cost micromark time quadratic in their length. */
  maxChunkLines: 50,
  /** Longer lines are plain text: a wire paragraph is a few thousand characters. */
  maxLineLength: 10_000,
  /** Emphasis, link, code and HTML characters per chunk. */
  maxMarkup: 400,
  /** Quote and list markers opening one line ("> - 1. text" opens three). */
  maxContainersPerLine: 6,
  /** Per document; a long wire story has a few hundred. */
  maxParsedLines: 3_000,
} as const;

/** What is left of one document's `maxParsedLines`, shared by the calls that convert its parts. */
export type MarkdownAllowance = { linesLeft: number };

export function markdownAllowance(): MarkdownAllowance {
  return { linesLeft: MARKDOWN_LIMITS.maxParsedLines };
}

/** Whether `chunk` may be parsed as Markdown; if so its lines are taken from `allowance`. */
export function mayParseAsMarkdown(chunk: string, allowance: MarkdownAllowance): boolean {
  const lines = countLines(chunk);
  if (lines > allowance.linesLeft || !isWithinMarkdownBudget(chunk)) return false;
  allowance.linesLeft -= lines;
  return true;
}

function countLines(text: string): number {
  let lines = 1;
  for (let at = text.indexOf("\n"); at !== -1; at = text.indexOf("\n", at + 1)) lines++;
  return lines;
}

const MARKUP = new Set(["*", "_", "[", "]", "`", "<", ">", "!", "&", "\\", "~"]);

/** Whether the parser may see `text` (a few lines) as Markdown. */
export function isWithinMarkdownBudget(text: string): boolean {
  let markup = 0;
  let lineStart = 0;
  for (let i = 0; i <= text.length; i++) {
    const character = text.charAt(i);
    if (character === "\n" || i === text.length) {
      if (i - lineStart > MARKDOWN_LIMITS.maxLineLength) return false;
      if (containersOpenedBy(text, lineStart, i) > MARKDOWN_LIMITS.maxContainersPerLine) return false;
      lineStart = i + 1;
    } else if (MARKUP.has(character) && ++markup > MARKDOWN_LIMITS.maxMarkup) {
      return false;
    }
  }
  return true;
}

/** Block quote and list markers at the start of text[start, end). */
function containersOpenedBy(text: string, start: number, end: number): number {
  let count = 0;
  let i = start;
  for (;;) {
    while (i < end && isBlankAt(text, i, end)) i++;
    const marker = text.charAt(i);
    let next = i;
    if (marker === ">") next = i + 1;
    else if ((marker === "-" || marker === "+" || marker === "*") && isBlankAt(text, i + 1, end)) next = i + 1;
    else {
      while (next < end && next - i < 9 && DIGITS.includes(text.charAt(next))) next++;
      const delimiter = text.charAt(next);
      if (next === i || (delimiter !== "." && delimiter !== ")") || !isBlankAt(text, next + 1, end)) return count;
      next++;
    }
    count++;
    i = next;
  }
}

const DIGITS = "0123456789";

function isBlankAt(text: string, i: number, end: number): boolean {
  return i >= end || text.charAt(i) === " " || text.charAt(i) === "\t";
}

/**
 * `markdown` cut into chunks of whole lines, preferably at blank lines, each
 * at most `maxChunkLines` long. Each chunk is parsed on its own.
 */
export function markdownChunks(markdown: string): string[] {
  const lines = markdown.split("\n");
  const chunks: string[] = [];
  let start = 0;
  for (let i = 0; i < lines.length; i++) {
    const size = i - start + 1;
    const blank = (lines[i] ?? "").trim() === "";
    if ((blank && size >= MARKDOWN_LIMITS.chunkLines) || size >= MARKDOWN_LIMITS.maxChunkLines) {
      chunks.push(lines.slice(start, i + 1).join("\n"));
      start = i + 1;
    }
  }
  if (start < lines.length) chunks.push(lines.slice(start).join("\n"));
  return chunks;
}
