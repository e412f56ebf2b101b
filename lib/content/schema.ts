import { z } from "zod";
import { checkBodyLimits, describeIssue } from "./issues";
import { MAX_HREF_LENGTH, normalizeHref } from "./links";

/**
 * The article body: a ProseMirror/Tiptap-compatible JSON document.
 *
 * The schema is the boundary between the editor (or an importer) and the
 * database. It rejects what the renderer could not show safely and strips
 * the extra attrs Tiptap emits (link target/rel/class, orderedList type, …)
 * so stored documents only ever contain the fields below.
 */

export const BODY_LIMITS = {
  /** Levels of `content` nesting below the doc (a top-level paragraph's text is level 2). */
  maxDepth: 10,
  /** Nodes (blocks, inline nodes and marks) in the whole document. */
  maxNodes: 20_000,
  maxTextLength: 10_000,
  maxTotalText: 500_000,
  maxIdLength: 200,
  maxAltLength: 1_000,
  maxCaptionLength: 2_000,
  maxCreditLength: 300,
  maxListStart: 1_000_000,
} as const;

const L = BODY_LIMITS;

// Each schema carries its own reason phrase ("must …") so issues.ts can turn
// a zod issue into "Body: <what> at <where> <reason>".
const hrefSchema = z
  .string({ error: "must have an address" })
  .max(MAX_HREF_LENGTH, { error: `must be shorter than ${MAX_HREF_LENGTH} characters` })
  .transform((href, ctx) => {
    const safe = normalizeHref(href);
    if (safe === null) {
      ctx.addIssue({ code: "custom", message: "must start with http, https or mailto" });
      return z.NEVER;
    }
    return safe;
  });

const boldSchema = z.object({ type: z.literal("bold") });
const italicSchema = z.object({ type: z.literal("italic") });
const linkSchema = z.object({
  type: z.literal("link"),
  attrs: z.object({ href: hrefSchema }, { error: "must have an address" }),
});

export const markSchema = z.discriminatedUnion("type", [boldSchema, italicSchema, linkSchema]);

/** Tiptap emits null for unset string attrs; store "" instead. */
const attrText = (max: number, label: string) =>
  z
    .string({ error: `${label} must be text` })
    .max(max, { error: `${label} must be shorter than ${max} characters` })
    .nullish()
    .transform((value) => value ?? "");

const idText = (label: string) =>
  z
    .string({ error: `must have ${label}` })
    .trim()
    .min(1, { error: `must have ${label}` })
    .max(L.maxIdLength, { error: `${label} is too long` });

const textSchema = z
  .object({
    type: z.literal("text"),
    text: z
      .string({ error: "must have text" })
      .min(1, { error: "must not be empty" })
      .max(L.maxTextLength, { error: `is longer than ${L.maxTextLength} characters` }),
    marks: z.array(markSchema).max(10, { error: "has too many marks" }).optional(),
  })
  .transform(({ type, text, marks }) => {
    const unique = dedupeMarks(marks ?? []);
    return unique.length > 0 ? { type, text, marks: unique } : { type, text };
  });

const hardBreakSchema = z.object({ type: z.literal("hardBreak") });

export const inlineSchema = z.discriminatedUnion("type", [textSchema, hardBreakSchema]);

const paragraphSchema = z.object({
  type: z.literal("paragraph"),
  content: z.array(inlineSchema).optional(),
});

const headingSchema = z.object({
  type: z.literal("heading"),
  attrs: z.object(
    { level: z.literal([2, 3, 4], { error: "must have level 2, 3 or 4" }) },
    { error: "must have level 2, 3 or 4" },
  ),
  content: z.array(inlineSchema).optional(),
});

const imageSchema = z.object({
  type: z.literal("image"),
  attrs: z.object(
    {
      mediaId: idText("a media id"),
      alt: attrText(L.maxAltLength, "alt"),
      caption: attrText(L.maxCaptionLength, "caption"),
      credit: attrText(L.maxCreditLength, "credit"),
    },
    { error: "must have a media id" },
  ),
});

const relatedArticleSchema = z.object({
  type: z.literal("relatedArticle"),
  attrs: z.object({ articleId: idText("an article id") }, { error: "must have an article id" }),
});

// Recursive node types are written out by hand: inference through a
// recursive union with transforms defeats TypeScript, and spelling them out
// documents the stored format for everyone reading the editor or importers.
export type Mark = z.infer<typeof markSchema>;
export type Inline = z.infer<typeof inlineSchema>;
export type TextNode = Extract<Inline, { type: "text" }>;
export type Paragraph = z.infer<typeof paragraphSchema>;
export type Heading = z.infer<typeof headingSchema>;
export type ImageBlock = z.infer<typeof imageSchema>;
export type RelatedArticleBlock = z.infer<typeof relatedArticleSchema>;
export type Blockquote = { type: "blockquote"; content: Block[] };
export type ListItem = { type: "listItem"; content: Block[] };
export type BulletList = { type: "bulletList"; content: ListItem[] };
export type OrderedList = { type: "orderedList"; attrs?: { start: number }; content: ListItem[] };
export type Block = Paragraph | Heading | Blockquote | BulletList | OrderedList | ImageBlock | RelatedArticleBlock;
export type BodyDocument = { type: "doc"; content: Block[] };

const blocksSchema = (): z.ZodType<Block[]> =>
  z.array(blockSchema).min(1, { error: "must contain at least one block" });

const blockquoteSchema = z.object({
  type: z.literal("blockquote"),
  get content() {
    return blocksSchema();
  },
});

const listItemSchema = z.object({
  type: z.literal("listItem"),
  get content() {
    return blocksSchema();
  },
});

const listItemsSchema = z.array(listItemSchema).min(1, { error: "must contain at least one item" });

const bulletListSchema = z.object({
  type: z.literal("bulletList"),
  content: listItemsSchema,
});

const orderedListSchema = z
  .object({
    type: z.literal("orderedList"),
    attrs: z
      .object({
        start: z
          .number({ error: "must start at a whole number" })
          .int({ error: "must start at a whole number" })
          .min(1, { error: "must start at 1 or more" })
          .max(L.maxListStart, { error: "starts at too large a number" })
          .nullish(),
      })
      .nullish(),
    content: listItemsSchema,
  })
  // Keep `start` only when it says something; 1 is the default.
  .transform(
    ({ type, attrs, content }): OrderedList =>
      attrs?.start != null && attrs.start !== 1 ? { type, attrs: { start: attrs.start }, content } : { type, content },
  );

export const blockSchema: z.ZodType<Block> = z.discriminatedUnion("type", [
  paragraphSchema,
  headingSchema,
  blockquoteSchema,
  bulletListSchema,
  orderedListSchema,
  imageSchema,
  relatedArticleSchema,
]);

export const bodyDocumentSchema: z.ZodType<BodyDocument> = z.object(
  {
    type: z.literal("doc", { error: 'must be a document (type "doc")' }),
    content: z.array(blockSchema, { error: "must have a list of blocks" }),
  },
  { error: "must be a document object" },
);

export type ParseBodyResult = { ok: true; doc: BodyDocument } | { ok: false; message: string };

/**
 * Validates untrusted JSON (editor payload, DB row, import) as a body document.
 * Never throws: size and depth are checked iteratively first, so a hostile
 * document gets a message instead of a stack overflow.
 */
export function parseBody(json: unknown): ParseBodyResult {
  const limitError = checkBodyLimits(json, L);
  if (limitError) return { ok: false, message: limitError };
  const result = bodyDocumentSchema.safeParse(json);
  if (result.success) return { ok: true, doc: result.data };
  const first = result.error.issues[0];
  return { ok: false, message: first ? describeIssue(first, json) : "Body: is not a valid document" };
}

/** What Tiptap itself produces for an empty editor, so a new draft round-trips unchanged. */
export function emptyDocument(): BodyDocument {
  return { type: "doc", content: [{ type: "paragraph" }] };
}

/** Ids referenced by the body, unique and in document order (for loading render context and integrity checks). */
export function collectReferences(doc: BodyDocument): { articleIds: string[]; mediaIds: string[] } {
  const articleIds = new Set<string>();
  const mediaIds = new Set<string>();
  const visit = (blocks: readonly Block[]): void => {
    for (const block of blocks) {
      if (block.type === "relatedArticle") articleIds.add(block.attrs.articleId);
      else if (block.type === "image") mediaIds.add(block.attrs.mediaId);
      else if (block.type === "blockquote") visit(block.content);
      else if (block.type === "bulletList" || block.type === "orderedList")
        for (const item of block.content) visit(item.content);
    }
  };
  visit(doc.content);
  return { articleIds: [...articleIds], mediaIds: [...mediaIds] };
}

/** One mark of each kind; the first link wins. Keeps rendering and equality simple. */
function dedupeMarks(marks: readonly Mark[]): Mark[] {
  const seen = new Set<Mark["type"]>();
  return marks.filter((mark) => {
    if (seen.has(mark.type)) return false;
    seen.add(mark.type);
    return true;
  });
}
