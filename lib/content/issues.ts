import type { z } from "zod";

/**
 * Turns validation failures into messages an editor can act on:
 * "Body: link at paragraph 3 in quote 2 must start with http, https or mailto".
 * Positions count every sibling, so "paragraph 3" is the third block, which
 * is a paragraph.
 */

const LABELS: Record<string, string> = {
  paragraph: "paragraph",
  heading: "heading",
  blockquote: "quote",
  bulletList: "bullet list",
  orderedList: "numbered list",
  listItem: "list item",
  image: "image",
  relatedArticle: "related article",
  text: "text",
  hardBreak: "line break",
  bold: "bold mark",
  italic: "italic mark",
  link: "link",
};

const INLINE_PARENTS = new Set(["paragraph", "heading"]);

type Limits = { maxDepth: number; maxNodes: number; maxTotalText: number };

/**
 * Size and depth guard run before zod. Iterative on purpose: a document nested
 * 100,000 levels deep must produce a message, not a stack overflow.
 */
export function checkBodyLimits(json: unknown, limits: Limits): string | null {
  const stack: Array<{ node: unknown; depth: number }> = [{ node: json, depth: 0 }];
  let nodes = 0;
  let textLength = 0;
  for (let item = stack.pop(); item; item = stack.pop()) {
    const { node, depth } = item;
    if (!isRecord(node)) continue;
    if (typeof node.text === "string") {
      textLength += node.text.length;
      if (textLength > limits.maxTotalText)
        return `Body is too long: more than ${limits.maxTotalText.toLocaleString("en")} characters of text`;
    }
    if (Array.isArray(node.marks)) nodes += node.marks.length;
    if (!Array.isArray(node.content)) continue;
    nodes += node.content.length;
    if (nodes > limits.maxNodes) return `Body is too large: more than ${limits.maxNodes.toLocaleString("en")} elements`;
    if (node.content.length > 0 && depth + 1 > limits.maxDepth)
      return `Body is nested too deeply: more than ${limits.maxDepth} levels of lists and quotes`;
    for (const child of node.content) stack.push({ node: child, depth: depth + 1 });
  }
  return null;
}

export function describeIssue(issue: z.core.$ZodIssue, input: unknown): string {
  const chain: string[] = []; // outermost block first
  let subject: string | null = null; // set for inline nodes and marks
  let node: unknown = input;
  let field: string | null = null;
  const path = issue.path;

  for (let i = 0; i < path.length; i++) {
    const key = path[i];
    const index = path[i + 1];
    if ((key === "content" || key === "marks") && typeof index === "number") {
      const parent = node;
      const list = isRecord(parent) ? parent[key] : undefined;
      node = Array.isArray(list) ? list[index] : undefined;
      const type = typeOf(node);
      if (key === "marks") subject = type === "link" ? "link" : "mark";
      else if (INLINE_PARENTS.has(typeOf(parent) ?? "")) subject = (type && LABELS[type]) ?? "inline node";
      else chain.push(`${(type && LABELS[type]) ?? "block"} ${index + 1}`);
      field = null;
      i++;
    } else if (typeof key === "string") {
      field = key;
    }
  }

  const reason = reasonFor(issue, node, field);
  const where = [...chain].reverse().join(" in ");
  if (subject) return `Body: ${subject}${where ? ` at ${where}` : ""} ${reason}`;
  if (where) return `Body: ${where} ${reason}`;
  return `Body ${reason}`;
}

function reasonFor(issue: z.core.$ZodIssue, node: unknown, field: string | null): string {
  if (issue.code === "invalid_union" && "note" in issue && issue.note === "No matching discriminator") {
    const type = typeOf(node);
    return type === undefined ? "must have a type" : `has an unknown type ${JSON.stringify(type.slice(0, 40))}`;
  }
  // Our schemas set "must …" phrases; zod's own defaults start with "Invalid".
  if (!issue.message.startsWith("Invalid")) return issue.message;
  if (issue.code === "invalid_type" && field === null) return "must be an object";
  return field ? `has a missing or invalid "${field}"` : "is invalid";
}

function typeOf(node: unknown): string | undefined {
  return isRecord(node) && typeof node.type === "string" ? node.type : undefined;
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === "object" && value !== null;
}
