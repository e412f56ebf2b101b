import { emptyDocument } from "@/lib/content/schema";
import { type ConvertedBody, htmlToBlocks, htmlToBody } from "./html-to-body";
import { lexicalToBody } from "./lexical-to-body";
import { Notes } from "./notes";
import { expandShortcodes } from "./shortcodes";
import type { SourceContent } from "./source";

export type ContentResult = ({ ok: true } & ConvertedBody) | { ok: false; message: string };

/** A post's content, in whichever format its file holds it, as a body document and notes. */
export function convertContent(content: SourceContent): ContentResult {
  if (content.format === "html") return { ok: true, ...htmlToBody(content.html) };
  if (content.format === "lexical") return lexicalToBody(content.json);
  return { ok: true, ...wordpressToBody(content.html, content.baseUrl) };
}

/**
 * The block editor writes its own <p>s and marks them with "<!-- wp:" comments;
 * the classic editor's blank lines become paragraphs (WordPress's wpautop).
 */
function wordpressToBody(html: string, baseUrl: string | null): ConvertedBody {
  const notes = new Notes();
  const autop = !html.includes("<!-- wp:");
  const content = htmlToBlocks(expandShortcodes(html, notes), { autop, baseUrl }, notes);
  return { doc: content.length ? { type: "doc", content } : emptyDocument(), notes: notes.list() };
}
