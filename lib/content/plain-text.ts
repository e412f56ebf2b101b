import type { Block, BodyDocument, Inline } from "./schema";

/**
 * Plain text of the body, for search (Article.bodyText) and descriptions.
 * Each paragraph, heading or list-item paragraph becomes its own chunk,
 * separated by a blank line; embeds (images, related articles) say nothing,
 * since their text belongs to another record.
 */
export function toPlainText(doc: BodyDocument): string {
  const chunks: string[] = [];
  collect(doc.content, chunks);
  return chunks.join("\n\n").trim();
}

function collect(blocks: readonly Block[], chunks: string[]): void {
  for (const block of blocks) {
    switch (block.type) {
      case "paragraph":
      case "heading": {
        const text = inlineText(block.content ?? []).trim();
        if (text) chunks.push(text);
        break;
      }
      case "blockquote":
        collect(block.content, chunks);
        break;
      case "bulletList":
      case "orderedList":
        for (const item of block.content) collect(item.content, chunks);
        break;
      case "image":
      case "relatedArticle":
        break;
    }
  }
}

function inlineText(inlines: readonly Inline[]): string {
  return inlines.map((node) => (node.type === "text" ? node.text : "\n")).join("");
}

const TRAILING_JUNK = /[\s,;:\-–—([{"'“‘]+$/u;

/**
 * Shortens text for a meta description: whitespace collapsed, cut at a word
 * boundary and ended with "…". The result is at most maxChars long.
 */
export function summarize(text: string, maxChars = 160): string {
  const flat = text.replace(/\s+/g, " ").trim();
  if (flat.length <= maxChars) return flat;
  if (maxChars < 2) return "…".slice(0, Math.max(0, maxChars));
  const room = maxChars - 1; // leave space for the ellipsis
  let cut = flat.slice(0, room);
  const nextIsBoundary = flat[room] === " ";
  const lastSpace = cut.lastIndexOf(" ");
  // Fall back to a hard cut for one enormous "word" (a URL, say) rather than
  // returning almost nothing.
  if (!nextIsBoundary && lastSpace >= room / 2) cut = cut.slice(0, lastSpace);
  // Never split a surrogate pair (emoji, rare scripts).
  if (/[\uD800-\uDBFF]$/.test(cut)) cut = cut.slice(0, -1);
  return `${cut.replace(TRAILING_JUNK, "")}…`;
}
