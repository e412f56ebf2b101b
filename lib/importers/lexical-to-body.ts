import { z } from "zod";
import { appendAll } from "@/lib/content/append-all";
import { markdownToBody } from "@/lib/content/markdown";
import { type Block, emptyDocument } from "@/lib/content/schema";
import { escapeHtml } from "./escape-html";
import { type ConvertedBody, htmlToBlocks, htmlToText } from "./html-to-body";
import { Notes } from "./notes";

/**
 * Ghost's Lexical document (its editor's JSON) to a body document. Text,
 * headings, quotes, lists and links are written out as HTML and go through
 * the one HTML converter, so both of Ghost's formats are judged alike;
 * Markdown cards go through Byline's Markdown converter. Cards the body
 * cannot show are noted.
 */

type LexicalNode = {
  type: string;
  children?: LexicalNode[];
  [key: string]: unknown;
};

const lexicalNodeSchema: z.ZodType<LexicalNode> = z.looseObject({
  type: z.string(),
  get children() {
    return z.array(lexicalNodeSchema).optional();
  },
});

const lexicalDocumentSchema = z.object({ root: z.object({ children: z.array(lexicalNodeSchema) }) });

export type LexicalResult = ({ ok: true } & ConvertedBody) | { ok: false; message: string };

export function lexicalToBody(json: string): LexicalResult {
  let parsed: unknown;
  try {
    parsed = JSON.parse(json);
  } catch {
    return { ok: false, message: "its Lexical content is not JSON" };
  }
  try {
    const document = lexicalDocumentSchema.safeParse(parsed);
    if (!document.success) return { ok: false, message: "its Lexical content is not a Lexical document" };
    return { ok: true, ...convertNodes(document.data.root.children) };
  } catch (error) {
    // The schema and the conversion recurse: a document nested thousands deep overflows the stack.
    if (error instanceof RangeError) return { ok: false, message: "its Lexical content is nested too deeply to read" };
    throw error;
  }
}

function convertNodes(nodes: readonly LexicalNode[]): ConvertedBody {
  const notes = new Notes();
  const content: Block[] = [];
  // Node by node, so that the notes come in the order of the story.
  for (const node of nodes) {
    if (node.type === "markdown") {
      const markdown = stringField(node, "markdown");
      if (/<[a-z!]|!\[/i.test(markdown)) notes.add("images and HTML inside a Markdown card left out");
      appendAll(content, markdownToBody(markdown).content);
    } else {
      appendAll(content, htmlToBlocks(nodeToHtml(node, notes), {}, notes));
    }
  }
  return { doc: content.length ? { type: "doc", content } : emptyDocument(), notes: notes.list() };
}

// Lexical's text format bits, as the HTML Ghost itself renders them.
const FORMATS: [bit: number, tag: string][] = [
  [1, "strong"],
  [2, "em"],
  [4, "s"],
  [8, "u"],
  [16, "code"],
  [32, "sub"],
  [64, "sup"],
  [128, "mark"],
];

/** Card types that hold an address only: kept as a link to it. */
const LINK_CARDS = new Set(["bookmark", "embed"]);

function nodeToHtml(node: LexicalNode, notes: Notes): string {
  const inner = () => (node.children ?? []).map((child) => nodeToHtml(child, notes)).join("");
  switch (node.type) {
    case "text":
    case "extended-text":
      return formatted(node);
    case "linebreak":
      return "<br>";
    case "tab":
      return " ";
    case "paragraph":
      return `<p>${inner()}</p>`;
    case "heading":
    case "extended-heading": {
      const tag = /^h[1-6]$/.test(stringField(node, "tag")) ? stringField(node, "tag") : "h2";
      return `<${tag}>${inner()}</${tag}>`;
    }
    case "quote":
    case "extended-quote":
    case "aside":
      return `<blockquote>${inner()}</blockquote>`;
    case "list": {
      const tag = stringField(node, "listType") === "number" ? "ol" : "ul";
      const start = typeof node.start === "number" && tag === "ol" ? ` start="${node.start}"` : "";
      return `<${tag}${start}>${inner()}</${tag}>`;
    }
    case "listitem":
      return `<li>${inner()}</li>`;
    case "link":
    case "autolink":
      return `<a href="${escapeHtml(stringField(node, "url"))}">${inner()}</a>`;
    case "horizontalrule":
      return "<hr>";
    case "image":
      return `<figure><img src="${escapeHtml(stringField(node, "src"))}" alt="${escapeHtml(stringField(node, "alt"))}"><figcaption>${stringField(node, "caption")}</figcaption></figure>`;
    case "html":
      return stringField(node, "html");
    case "codeblock":
      return `<pre>${escapeHtml(stringField(node, "code"))}</pre>`;
    case "callout":
      notes.add("callout card kept as a quote", htmlToText(stringField(node, "calloutText")));
      return `<blockquote><p>${stringField(node, "calloutText")}</p></blockquote>`;
    default:
      return unknownNode(node, inner, notes);
  }
}

function unknownNode(node: LexicalNode, inner: () => string, notes: Notes): string {
  const url = stringField(node, "url");
  if (LINK_CARDS.has(node.type) && url) {
    notes.add(`${node.type} card kept as a link to what it showed`, url);
    const title = metadataTitle(node) || url;
    return `<p><a href="${escapeHtml(url)}">${escapeHtml(title)}</a></p>`;
  }
  if (node.children?.length) {
    notes.add(`Lexical "${node.type}" is not known, its text kept`);
    return `<div>${inner()}</div>`;
  }
  notes.add(`${node.type} card left out`, url || stringField(node, "src"));
  return "";
}

function formatted(node: LexicalNode): string {
  const format = typeof node.format === "number" ? node.format : 0;
  const tags = FORMATS.filter(([bit]) => (format & bit) !== 0).map(([, tag]) => tag);
  const text = escapeHtml(stringField(node, "text"));
  return tags.reduceRight((html, tag) => `<${tag}>${html}</${tag}>`, text);
}

function stringField(node: LexicalNode, key: string): string {
  const value = node[key];
  return typeof value === "string" ? value : "";
}

function metadataTitle(node: LexicalNode): string {
  const metadata = node.metadata;
  if (typeof metadata !== "object" || metadata === null || !("title" in metadata)) return "";
  return typeof metadata.title === "string" ? metadata.title : "";
}
