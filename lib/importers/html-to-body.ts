import { type DefaultTreeAdapterMap, parseFragment } from "parse5";
import { mergeAdjacentText, splitLongText } from "@/lib/content/inline";
import { normalizeHref } from "@/lib/content/links";
import { trimEndOf, trimStartOf } from "@/lib/content/scan";
import {
  type Block,
  BODY_LIMITS,
  type BodyDocument,
  emptyDocument,
  type Inline,
  type ListItem,
  type Mark,
} from "@/lib/content/schema";
import { clip, Notes } from "./notes";

/**
 * Turns a post's HTML into a body document through a real HTML5 parser
 * (parse5), so broken markup is repaired the way a browser would repair it
 * and never throws. The body holds far less than HTML: what it cannot hold
 * is noted, and its words are kept wherever they still make sense (a table
 * becomes one paragraph per row; a script or an embed leaves nothing).
 */

type Node = DefaultTreeAdapterMap["childNode"];
type AnyNode = DefaultTreeAdapterMap["node"];
type Element = DefaultTreeAdapterMap["element"];

export type HtmlOptions = {
  /** WordPress's classic editor: blank lines are paragraphs and newlines are line breaks (its wpautop). */
  autop?: boolean;
  /** The old site's address, against which relative links are resolved. */
  baseUrl?: string | null;
};

export type ConvertedBody = { doc: BodyDocument; notes: string[] };

export function htmlToBody(html: string, options: HtmlOptions = {}): ConvertedBody {
  const notes = new Notes();
  const content = htmlToBlocks(html, options, notes);
  return { doc: content.length ? { type: "doc", content } : emptyDocument(), notes: notes.list() };
}

/** The blocks of one piece of HTML, noting into `notes` (shared by the parts of one post). */
export function htmlToBlocks(html: string, options: HtmlOptions, notes: Notes): Block[] {
  const builder = new Builder(false);
  walkChildren(
    parseFragment(html).childNodes,
    { options, notes, marks: [], depth: 1, nesting: 0, caption: "" },
    builder,
  );
  return builder.finish();
}

type Context = {
  readonly options: HtmlOptions;
  readonly notes: Notes;
  readonly marks: readonly Mark[];
  /** Nesting of the blocks being built, as the body schema counts it: 1 for the document's own. */
  readonly depth: number;
  /** Elements entered: hostile markup can nest thousands deep, and the walk is recursive. */
  readonly nesting: number;
  /** The caption of the figure whose image is being left out, for the image's note. */
  readonly caption: string;
};

const MAX_NESTING = 200;
// A container at `depth` needs this many levels below it (list → item →
// paragraph → text). Deeper ones are flattened, as lib/content/markdown.ts does.
const LIST_LEVELS = 3;
const QUOTE_LEVELS = 2;

/** Left out with what they hold: nothing in them reads as part of the story. */
const LEFT_OUT = new Map<string, string>([
  ...["script", "noscript"].map((tag) => [tag, "scripts are not kept"] as const),
  ...["style", "link", "meta", "base", "title", "head"].map((tag) => [tag, "page styling is not kept"] as const),
  ...["iframe", "object", "embed", "video", "audio", "source", "track", "canvas", "map", "area"].map(
    (tag) => [tag, "embedded media is not kept"] as const,
  ),
  ...["svg", "math"].map((tag) => [tag, "drawings and formulas are not kept"] as const),
  ...["form", "input", "select", "option", "textarea", "button"].map((tag) => [tag, "forms are not kept"] as const),
  ...["template", "slot", "dialog"].map((tag) => [tag, "is not kept"] as const),
]);

// Maps, not objects: a tag named "constructor" must find nothing.
const MARKS = new Map<string, Mark>([
  ["strong", { type: "bold" }],
  ["b", { type: "bold" }],
  ["em", { type: "italic" }],
  ["i", { type: "italic" }],
]);

/** Formatting the body has no mark for: the words stay, the formatting goes. */
const UNMARKED = new Set(["u", "ins", "s", "strike", "del", "code", "kbd", "samp", "tt", "sub", "sup", "mark"]);

/** Inline wrappers that carry no meaning the body could keep. */
const TRANSPARENT = new Set([
  "span",
  "font",
  "small",
  "big",
  "abbr",
  "acronym",
  "cite",
  "q",
  "time",
  "dfn",
  "bdi",
  "bdo",
  "data",
  "var",
  "label",
  "nobr",
  "picture",
]);

/** Blocks that only group others: their content becomes paragraphs of its own. */
const CONTAINERS = new Set([
  "p",
  "div",
  "section",
  "article",
  "main",
  "header",
  "footer",
  "aside",
  "nav",
  "address",
  "details",
  "summary",
  "hgroup",
  "body",
  "html",
  "center",
  "fieldset",
  "legend",
  "figcaption",
  "caption",
  "dt",
  "dd",
  "li",
]);

const HEADING_LEVELS = new Map<string, 2 | 3 | 4>([
  ["h1", 2],
  ["h2", 2],
  ["h3", 3],
  ["h4", 4],
  ["h5", 4],
  ["h6", 4],
]);

/** Block structure that a heading or a table cell, holding only a line of text, cannot keep. */
const STRUCTURE = new Set([...HEADING_LEVELS.keys(), "blockquote", "ul", "ol", "menu", "dir", "pre", "table"]);

const PARAGRAPH_BREAK = "paragraph break";
type RunItem = Inline | typeof PARAGRAPH_BREAK;

/**
 * Collects inline content into paragraphs (or, `inlineOnly`, into the one line
 * of a heading or table cell, where a block boundary becomes a line break).
 */
class Builder {
  private readonly blocks: Block[] = [];
  private run: RunItem[] = [];

  constructor(readonly inlineOnly: boolean) {}

  add(item: Inline): void {
    this.run.push(item);
  }

  /** Between two blocks: a new paragraph, or a new line inside a heading. */
  boundary(): void {
    if (this.inlineOnly) this.run.push({ type: "hardBreak" });
    else this.flush();
  }

  /** A blank line in WordPress's text. */
  paragraphBreak(): void {
    this.run.push(this.inlineOnly ? { type: "hardBreak" } : PARAGRAPH_BREAK);
  }

  block(block: Block): void {
    this.flush();
    this.blocks.push(block);
  }

  finish(): Block[] {
    this.flush();
    return this.blocks;
  }

  inlines(): Inline[] {
    return tidy(this.run.map((item) => (item === PARAGRAPH_BREAK ? { type: "hardBreak" } : item)));
  }

  private flush(): void {
    let paragraph: Inline[] = [];
    for (const item of [...this.run, PARAGRAPH_BREAK] as const) {
      if (item !== PARAGRAPH_BREAK) {
        paragraph.push(item);
        continue;
      }
      const content = tidy(paragraph);
      if (content.length) this.blocks.push({ type: "paragraph", content });
      paragraph = [];
    }
    this.run = [];
  }
}

function walkChildren(nodes: readonly Node[], context: Context, builder: Builder): void {
  for (const node of nodes) walkNode(node, context, builder);
}

function walkNode(node: Node, context: Context, builder: Builder): void {
  if (node.nodeName === "#text" && "value" in node) {
    addText(node.value, context, builder);
    return;
  }
  // Comments (WordPress's block markers among them) and doctypes are not content.
  if (!("tagName" in node)) return;
  if (context.nesting >= MAX_NESTING) {
    context.notes.add(`markup nested more than ${MAX_NESTING} deep kept as plain text`);
    builder.add(text(collapse(textContent(node)), context.marks));
    return;
  }
  walkElement(node, { ...context, nesting: context.nesting + 1 }, builder);
}

type Handler = (element: Element, context: Context, builder: Builder) => void;

function walkElement(element: Element, context: Context, builder: Builder): void {
  handlerFor(element.tagName, builder)(element, context, builder);
}

function handlerFor(name: string, builder: Builder): Handler {
  const leftOut = LEFT_OUT.get(name);
  if (leftOut) return (element, { notes }) => notes.add(`<${name}> left out: ${leftOut}`, describe(element));
  const mark = MARKS.get(name);
  if (mark)
    return (element, context, into) =>
      walkChildren(element.childNodes, { ...context, marks: withMark(context.marks, mark) }, into);
  if (UNMARKED.has(name))
    return (element, context, into) => {
      context.notes.add(`<${name}> formatting left out, its text kept`, textContent(element));
      walkChildren(element.childNodes, context, into);
    };
  if (TRANSPARENT.has(name)) return (element, context, into) => walkChildren(element.childNodes, context, into);
  if (builder.inlineOnly && STRUCTURE.has(name))
    return (element, context, into) => {
      context.notes.add(`<${name}> inside a heading or table cell kept as lines of text`, textContent(element));
      walkAsContainer(element, context, into);
    };
  if (CONTAINERS.has(name)) return walkAsContainer;
  const level = HEADING_LEVELS.get(name);
  if (level) return (element, context, into) => addHeading(element, name, level, context, into);
  return HANDLERS.get(name) ?? walkUnknown;
}

const HANDLERS = new Map<string, Handler>([
  ["br", (_element, _context, builder) => builder.add({ type: "hardBreak" })],
  ["wbr", () => {}],
  ["a", walkLink],
  ["img", (element, context) => noteImage(element, context)],
  [
    "hr",
    (_element, context, builder) => {
      context.notes.add("<hr> (a dividing line) left out");
      builder.boundary();
    },
  ],
  ["blockquote", addQuote],
  ["ul", addList],
  ["ol", addList],
  ["menu", addList],
  ["dir", addList],
  ["pre", addPreformatted],
  ["table", addTable],
  [
    "dl",
    (element, context, builder) => {
      context.notes.add("<dl> (a definition list) kept as paragraphs", textContent(element));
      walkAsContainer(element, context, builder);
    },
  ],
  ["figure", walkFigure],
]);

function walkUnknown(element: Element, context: Context, builder: Builder): void {
  context.notes.add(`<${element.tagName}> is not HTML the body knows, its text kept`, describe(element));
  walkChildren(element.childNodes, context, builder);
}

function walkAsContainer(element: Element, context: Context, builder: Builder): void {
  builder.boundary();
  walkChildren(element.childNodes, context, builder);
  builder.boundary();
}

function walkLink(element: Element, context: Context, builder: Builder): void {
  const raw = attribute(element, "href");
  // An anchor without an address only names a place in the page.
  if (raw === null) {
    walkChildren(element.childNodes, context, builder);
    return;
  }
  const href = resolveHref(raw, context.options.baseUrl ?? null);
  if (!href) context.notes.add("link kept as plain text: only http, https and mailto links are kept", raw);
  const marks = href ? withMark(context.marks, { type: "link", attrs: { href } }) : context.marks;
  walkChildren(element.childNodes, { ...context, marks }, builder);
}

/** An absolute http(s) or mailto address; a relative one is made absolute against the old site's address. */
function resolveHref(raw: string, baseUrl: string | null): string | null {
  const direct = normalizeHref(raw);
  if (direct || !baseUrl || /^[a-z][a-z0-9+.-]*:/i.test(raw.trim())) return direct;
  try {
    return normalizeHref(new URL(raw.trim(), baseUrl).href);
  } catch {
    return null;
  }
}

function noteImage(element: Element, context: Context): void {
  const alt = attribute(element, "alt");
  const details = [
    attribute(element, "src") ?? "(no address)",
    alt ? `alt "${alt}"` : "",
    context.caption ? `caption "${context.caption}"` : "",
  ];
  context.notes.add(
    "image left out: a body shows only images from the media library",
    details.filter(Boolean).join(", "),
  );
}

/** A figure's caption belongs to its image: it goes with it into the note rather than the story. */
function walkFigure(element: Element, context: Context, builder: Builder): void {
  if (!containsImage(element)) {
    walkAsContainer(element, context, builder);
    return;
  }
  const captions = element.childNodes.filter((child) => child.nodeName === "figcaption");
  const caption = clip(captions.map(textContent).join(" "));
  const rest = element.childNodes.filter((child) => child.nodeName !== "figcaption");
  builder.boundary();
  walkChildren(rest, { ...context, caption }, builder);
  builder.boundary();
}

/** The body's headings are h2 to h4 (the page's h1 is the headline): another level moves, and says so. */
function addHeading(element: Element, name: string, level: 2 | 3 | 4, context: Context, builder: Builder): void {
  const line = new Builder(true);
  walkChildren(element.childNodes, context, line);
  const content = line.inlines();
  if (!content.length) return;
  if (name !== `h${level}`)
    context.notes.add(
      name === "h1"
        ? "<h1> kept as a level-2 heading: the page's own level 1 is the headline"
        : `<${name}> kept as a level-4 heading, the smallest the body has`,
      textContent(element),
    );
  builder.block({ type: "heading", attrs: { level }, content });
}

function addQuote(element: Element, context: Context, builder: Builder): void {
  if (context.depth + QUOTE_LEVELS > BODY_LIMITS.maxDepth) {
    flattenTooDeep(element, context, builder);
    return;
  }
  const inner = new Builder(false);
  walkChildren(element.childNodes, { ...context, depth: context.depth + 1 }, inner);
  const content = inner.finish();
  if (content.length) builder.block({ type: "blockquote", content });
}

function addList(element: Element, context: Context, builder: Builder): void {
  if (context.depth + LIST_LEVELS > BODY_LIMITS.maxDepth) {
    flattenTooDeep(element, context, builder);
    return;
  }
  const itemContext = { ...context, depth: context.depth + 2 };
  const items: ListItem[] = [];
  let stray: Node[] = [];
  const addItem = (nodes: readonly Node[]) => {
    const inner = new Builder(false);
    walkChildren(nodes, itemContext, inner);
    const content = inner.finish();
    if (content.length) items.push({ type: "listItem", content });
  };
  for (const child of element.childNodes) {
    if (child.nodeName === "li" && "childNodes" in child) {
      // Broken markup can put text or paragraphs straight into a list: each run becomes an item of its own.
      if (stray.length) addItem(stray);
      stray = [];
      addItem(child.childNodes);
    } else {
      stray.push(child);
    }
  }
  if (stray.length) addItem(stray);
  if (!items.length) return;
  if (element.tagName !== "ol") {
    builder.block({ type: "bulletList", content: items });
    return;
  }
  const written = attribute(element, "start");
  const start = Number.parseInt(written ?? "1", 10);
  const kept = start >= 1 && start <= BODY_LIMITS.maxListStart;
  if (written !== null && !kept)
    context.notes.add(
      `numbered list's start left out, so it counts from 1: the body's lists start from 1 to ${BODY_LIMITS.maxListStart}`,
      `start="${written}"`,
    );
  if (attribute(element, "reversed") !== null)
    context.notes.add(
      "numbered list counting down (<ol reversed>) kept counting up: the body's lists count up",
      textContent(element),
    );
  builder.block(
    kept && start > 1
      ? { type: "orderedList", attrs: { start }, content: items }
      : { type: "orderedList", content: items },
  );
}

function flattenTooDeep(element: Element, context: Context, builder: Builder): void {
  context.notes.add("quotes and lists nested too deeply for the body flattened into paragraphs");
  walkAsContainer(element, context, builder);
}

/** Code and other preformatted text: the words and line breaks stay, as one paragraph. */
function addPreformatted(element: Element, context: Context, builder: Builder): void {
  const lines = textContent(element).replace(/\r\n?/g, "\n").split("\n");
  context.notes.add("<pre> kept as plain text with its line breaks", lines.join(" "));
  const content: Inline[] = [];
  for (const [i, line] of lines.entries()) {
    if (i > 0) content.push({ type: "hardBreak" });
    if (line) content.push(text(line, context.marks));
  }
  const tidied = splitLongText(mergeAdjacentText(trimBreaks(content)), BODY_LIMITS.maxTextLength);
  if (!tidied.length) return;
  if (builder.inlineOnly) for (const item of tidied) builder.add(item);
  else builder.block({ type: "paragraph", content: tidied });
}

const ROW_GROUPS = new Set(["thead", "tbody", "tfoot"]);

/** One paragraph per row, its cells separated by " | ". */
function addTable(element: Element, context: Context, builder: Builder): void {
  context.notes.add("<table> kept as text, one paragraph per row", textContent(element));
  builder.boundary();
  for (const part of element.childNodes) {
    if (!("tagName" in part)) continue;
    if (part.tagName === "tr") addRow(part, context, builder);
    else if (ROW_GROUPS.has(part.tagName)) {
      for (const row of part.childNodes) if ("tagName" in row && row.tagName === "tr") addRow(row, context, builder);
    } else walkAsContainer(part, context, builder);
  }
  builder.boundary();
}

function addRow(row: Element, context: Context, builder: Builder): void {
  const line: Inline[] = [];
  for (const cell of row.childNodes) {
    if (!("tagName" in cell)) continue;
    const cellLine = new Builder(true);
    walkChildren(cell.childNodes, context, cellLine);
    const content = cellLine.inlines();
    if (!content.length) continue;
    if (line.length) line.push(text(" | ", []));
    for (const item of content) line.push(item);
  }
  if (line.length) builder.block({ type: "paragraph", content: tidy(line) });
}

function addText(value: string, context: Context, builder: Builder): void {
  if (!context.options.autop) {
    builder.add(text(collapse(value), context.marks));
    return;
  }
  // wpautop: a blank line ends a paragraph, a single newline is a line break.
  const lines = value.replace(/\r\n?/g, "\n").split("\n");
  let newlines = 0;
  for (const [i, line] of lines.entries()) {
    if (i > 0) newlines++;
    if (line.trim() === "" && i > 0 && i < lines.length - 1) continue;
    if (newlines > 1) builder.paragraphBreak();
    else if (newlines === 1) builder.add({ type: "hardBreak" });
    newlines = 0;
    builder.add(text(collapse(line), context.marks));
  }
}

/** HTML's own rule: any run of spaces, tabs and newlines shows as one space. */
function collapse(value: string): string {
  return value.replace(/[ \t\n\r\f]+/g, " ");
}

/**
 * A paragraph's inline content as Tiptap would hold it: spaces collapsed
 * across elements ("a <b> b</b>" has one), none at the ends or around line
 * breaks, neighbouring text with the same marks joined, nothing over the
 * schema's length per text node. Only spaces and breaks: empty.
 */
function tidy(items: readonly Inline[]): Inline[] {
  const out: Inline[] = [];
  let afterSpace = true;
  for (const item of items) {
    if (item.type === "hardBreak") {
      trimLastText(out);
      out.push(item);
      afterSpace = true;
      continue;
    }
    const value: string = afterSpace ? trimStartOf(item.text, " ") : item.text;
    if (!value) continue;
    out.push({ ...item, text: value });
    afterSpace = value.endsWith(" ");
  }
  trimLastText(out);
  const content = trimBreaks(out);
  if (!content.some((item) => item.type === "text" && item.text.trim() !== "")) return [];
  return splitLongText(mergeAdjacentText(content), BODY_LIMITS.maxTextLength);
}

function trimLastText(out: Inline[]): void {
  const last = out[out.length - 1];
  if (last?.type !== "text") return;
  const trimmed = trimEndOf(last.text, " ");
  if (trimmed) out[out.length - 1] = { ...last, text: trimmed };
  else out.pop();
}

function trimBreaks(inlines: readonly Inline[]): Inline[] {
  let start = 0;
  let end = inlines.length;
  while (start < end && inlines[start]?.type === "hardBreak") start++;
  while (end > start && inlines[end - 1]?.type === "hardBreak") end--;
  return inlines.slice(start, end);
}

function text(value: string, marks: readonly Mark[]): Inline {
  return marks.length ? { type: "text", text: value, marks: [...marks] } : { type: "text", text: value };
}

function withMark(marks: readonly Mark[], mark: Mark): Mark[] {
  return [...marks.filter((existing) => existing.type !== mark.type), mark];
}

function attribute(element: Element, name: string): string | null {
  return element.attrs.find((attr) => attr.name === name)?.value ?? null;
}

/** The tag as it was written, with the attribute that says most about it. */
function describe(element: Element): string {
  const key = ["src", "href", "data-src", "action", "class"].find((name) => attribute(element, name));
  return key ? `<${element.tagName} ${key}="${attribute(element, key)}">` : `<${element.tagName}>`;
}

function containsImage(element: Element): boolean {
  const stack: Node[] = [...element.childNodes];
  for (let node = stack.pop(); node; node = stack.pop()) {
    if (node.nodeName === "img") return true;
    if ("childNodes" in node) for (const child of node.childNodes) stack.push(child);
  }
  return false;
}

/** All the text below a node, in order; iterative, as nesting may be deep. */
function textContent(node: AnyNode): string {
  const parts: string[] = [];
  const stack: AnyNode[] = [node];
  for (let current = stack.pop(); current; current = stack.pop()) {
    if (current.nodeName === "#text" && "value" in current) parts.push(current.value);
    else if ("childNodes" in current)
      for (let i = current.childNodes.length - 1; i >= 0; i--) stack.push(current.childNodes[i] as AnyNode);
  }
  return parts.join("");
}

/** The words of a piece of HTML on one line (a caption or an excerpt written in HTML). */
export function htmlToText(html: string): string {
  return collapse(textContent(parseFragment(html))).trim();
}
