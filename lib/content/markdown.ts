import type { Nodes, PhrasingContent, Root } from "mdast";
import { fromMarkdown } from "mdast-util-from-markdown";
import { appendAll } from "./append-all";
import { mergeAdjacentText, splitLongText } from "./inline";
import { normalizeHref } from "./links";
import { type MarkdownAllowance, markdownAllowance, markdownChunks, mayParseAsMarkdown } from "./markdown-budget";
import { trimEndOf, trimStartOf } from "./scan";
import { type Block, BODY_LIMITS, type BodyDocument, type Inline, type ListItem, type Mark } from "./schema";

/**
 * Converts CommonMark to a body document. Lossy by design: the body format is
 * smaller than Markdown, so images and raw HTML are dropped, code becomes
 * plain text, unsafe links keep their text, and anything unknown degrades to
 * its text. The output satisfies bodyDocumentSchema. Its time is linear in
 * the input: see markdown-budget.ts. Parts of one document converted apart
 * share one `allowance`.
 */
export function markdownToBody(markdown: string, allowance: MarkdownAllowance = markdownAllowance()): BodyDocument {
  const parts = markdownChunks(markdown).map((chunk) =>
    mayParseAsMarkdown(chunk, allowance) ? fromMarkdown(chunk) : chunk,
  );
  const context: Context = { definitions: collectDefinitions(parts.filter((part) => typeof part !== "string")) };
  const content: Block[] = [];
  for (const part of parts) {
    const blocks = typeof part === "string" ? plainParagraphs(part) : convertBlocks(part.children, context, 1);
    const [first, ...rest] = blocks;
    const previous = content[content.length - 1];
    // A list cut between two chunks is one list, as it would be in one document.
    if (
      first &&
      previous &&
      (first.type === "bulletList" || first.type === "orderedList") &&
      previous.type === first.type
    ) {
      content[content.length - 1] = { ...previous, content: [...previous.content, ...first.content] };
      appendAll(content, rest);
    } else {
      appendAll(content, blocks);
    }
  }
  return { type: "doc", content };
}

/** Text over the Markdown budget: one paragraph per blank-line-separated block, words as written. */
function plainParagraphs(chunk: string): Block[] {
  const blocks: Block[] = [];
  let lines: string[] = [];
  for (const line of [...chunk.split("\n"), ""]) {
    if (line.trim() !== "") {
      lines.push(line.trim());
      continue;
    }
    if (lines.length) pushParagraph(blocks, tidy([text(lines.join(" "), [])]));
    lines = [];
  }
  return blocks;
}

type Context = { definitions: Map<string, string> };

// A container at `depth` needs this many levels below it (list → item →
// paragraph → text). Deeper containers are unwrapped so the result never
// breaks the schema's nesting limit.
const LIST_LEVELS = 3;
const QUOTE_LEVELS = 2;

function convertBlocks(nodes: readonly Nodes[], context: Context, depth: number): Block[] {
  const blocks: Block[] = [];
  let loose: PhrasingContent[] = []; // stray inline nodes, gathered into one paragraph
  const flushLoose = () => {
    if (loose.length) pushParagraph(blocks, convertInlines(loose, context, []));
    loose = [];
  };
  for (const node of nodes) {
    if (isPhrasing(node)) {
      loose.push(node);
      continue;
    }
    flushLoose();
    appendAll(blocks, convertBlock(node, context, depth));
  }
  flushLoose();
  return blocks;
}

function convertBlock(node: Nodes, context: Context, depth: number): Block[] {
  switch (node.type) {
    case "paragraph":
      return paragraphOf(convertInlines(node.children, context, []));
    case "heading": {
      const content = convertInlines(node.children, context, []);
      if (!content.length) return [];
      // One <h1> per page belongs to the headline, so Markdown's # becomes h2.
      const level = Math.min(4, Math.max(2, node.depth)) as 2 | 3 | 4;
      return [{ type: "heading", attrs: { level }, content }];
    }
    case "blockquote": {
      if (depth + QUOTE_LEVELS > BODY_LIMITS.maxDepth)
        return convertBlocks(unwrapContainers(node.children), context, depth);
      const content = convertBlocks(node.children, context, depth + 1);
      return content.length ? [{ type: "blockquote", content }] : [];
    }
    case "list": {
      if (depth + LIST_LEVELS > BODY_LIMITS.maxDepth)
        return convertBlocks(unwrapContainers(node.children), context, depth);
      const content: ListItem[] = node.children.map((item) => {
        const blocks = convertBlocks(item.children, context, depth + 2);
        return { type: "listItem", content: blocks.length ? blocks : [{ type: "paragraph" }] };
      });
      if (!content.length) return [];
      if (!node.ordered) return [{ type: "bulletList", content }];
      const start = node.start ?? 1;
      return [
        start > 1 && start <= BODY_LIMITS.maxListStart
          ? { type: "orderedList", attrs: { start }, content }
          : { type: "orderedList", content },
      ];
    }
    case "code": {
      // Code blocks keep their line breaks as plain text.
      const lines = node.value.split("\n");
      return paragraphOf(
        tidy(
          lines.flatMap((line, i): Inline[] => (i === 0 ? [text(line, [])] : [{ type: "hardBreak" }, text(line, [])])),
        ),
      );
    }
    case "html":
    case "thematicBreak":
    case "definition":
    case "footnoteDefinition":
      return [];
    default:
      // Tables and other extensions: keep whatever text they hold.
      if ("children" in node) return convertBlocks(node.children as Nodes[], context, depth);
      return "value" in node ? paragraphOf([text(node.value, [])]) : [];
  }
}

/** A paragraph's or heading's inline content, tidied into the shape Tiptap produces. */
function convertInlines(nodes: readonly PhrasingContent[], context: Context, marks: readonly Mark[]): Inline[] {
  const out: Inline[] = [];
  collectInlines(nodes, context, marks, out);
  return tidy(out);
}

function tidy(inlines: Inline[]): Inline[] {
  // Dropped images and HTML leave double spaces behind; HTML would collapse
  // them anyway, so plain text and search should not see them either.
  const collapsed = mergeAdjacentText(inlines).map((node) =>
    node.type === "text" ? { ...node, text: node.text.replace(/ {2,}/g, " ") } : node,
  );
  return trimEnds(splitLongText(collapsed, BODY_LIMITS.maxTextLength));
}

function collectInlines(
  nodes: readonly PhrasingContent[],
  context: Context,
  marks: readonly Mark[],
  out: Inline[],
): void {
  for (const node of nodes) {
    switch (node.type) {
      case "text":
        // Soft line breaks inside a paragraph are just spaces.
        out.push(text(softBreaksToSpaces(node.value), marks));
        break;
      case "inlineCode":
        out.push(text(node.value, marks));
        break;
      case "break":
        out.push({ type: "hardBreak" });
        break;
      case "emphasis":
        collectInlines(node.children, context, withMark(marks, { type: "italic" }), out);
        break;
      case "strong":
        collectInlines(node.children, context, withMark(marks, { type: "bold" }), out);
        break;
      case "link":
      case "linkReference": {
        const url = node.type === "link" ? node.url : context.definitions.get(node.identifier);
        const href = url === undefined ? null : normalizeHref(url);
        // An unsafe or placeholder link ("#", javascript:) keeps its words.
        const linkMarks = href ? withMark(marks, { type: "link", attrs: { href } }) : marks;
        collectInlines(node.children, context, linkMarks, out);
        break;
      }
      case "image":
      case "imageReference":
      case "html":
      case "footnoteReference":
        break;
      default: {
        // Extensions (strikethrough, …): keep the words, lose the formatting.
        const other = node as Nodes;
        if ("children" in other) collectInlines(other.children as PhrasingContent[], context, marks, out);
        else if ("value" in other) out.push(text(other.value, marks));
      }
    }
  }
}

function softBreaksToSpaces(value: string): string {
  if (!value.includes("\n")) return value;
  const lines = value.split("\n");
  const last = lines.length - 1;
  return lines
    .map((line, i) => {
      const start = i > 0 ? trimStartOf(line, " \t") : line;
      return i < last ? trimEndOf(start, " \t") : start;
    })
    .join(" ");
}

/**
 * The leaves (paragraphs, headings, code…) of nested quotes and lists, in
 * order. Iterative because hostile Markdown can nest thousands of levels.
 */
function unwrapContainers(nodes: readonly Nodes[]): Nodes[] {
  const leaves: Nodes[] = [];
  const stack: Nodes[] = [...nodes].reverse();
  for (let node = stack.pop(); node; node = stack.pop()) {
    if (node.type === "blockquote" || node.type === "list" || node.type === "listItem") {
      for (let i = node.children.length - 1; i >= 0; i--) stack.push(node.children[i] as Nodes);
    } else {
      leaves.push(node);
    }
  }
  return leaves;
}

function text(value: string, marks: readonly Mark[]): Inline {
  return marks.length ? { type: "text", text: value, marks: [...marks] } : { type: "text", text: value };
}

function withMark(marks: readonly Mark[], mark: Mark): Mark[] {
  return [...marks.filter((existing) => existing.type !== mark.type), mark];
}

function paragraphOf(content: Inline[]): Block[] {
  return content.length ? [{ type: "paragraph", content }] : [];
}

function pushParagraph(blocks: Block[], content: Inline[]): void {
  blocks.push(...paragraphOf(content));
}

/** Leading/trailing spaces and line breaks of a paragraph carry no meaning. */
function trimEnds(inlines: Inline[]): Inline[] {
  const out = [...inlines];
  while (out[0]?.type === "hardBreak") out.shift();
  while (out[out.length - 1]?.type === "hardBreak") out.pop();
  const first = out[0];
  if (first?.type === "text") out[0] = { ...first, text: first.text.trimStart() };
  const last = out[out.length - 1];
  if (last?.type === "text") out[out.length - 1] = { ...last, text: last.text.trimEnd() };
  return out.filter((node) => node.type !== "text" || node.text !== "");
}

function collectDefinitions(trees: readonly Root[]): Map<string, string> {
  const definitions = new Map<string, string>();
  const stack: Nodes[] = [...trees].reverse();
  for (let node = stack.pop(); node; node = stack.pop()) {
    if (node.type === "definition" && !definitions.has(node.identifier)) definitions.set(node.identifier, node.url);
    if ("children" in node) appendAll(stack, node.children as Nodes[]);
  }
  return definitions;
}

const PHRASING_TYPES = new Set<string>([
  "text",
  "emphasis",
  "strong",
  "link",
  "linkReference",
  "inlineCode",
  "break",
  "image",
  "imageReference",
  "delete",
  "footnoteReference",
]);

function isPhrasing(node: Nodes): node is PhrasingContent {
  return PHRASING_TYPES.has(node.type);
}
