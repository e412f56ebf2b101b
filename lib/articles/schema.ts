import { z } from "zod";
import { newsroomTimeToInstant } from "@/lib/articles/publication-time";
import { slugSchema } from "@/lib/articles/slug";
import { WORKFLOW_ACTIONS } from "@/lib/articles/workflow";
import { normalizeWebUrl } from "@/lib/content/links";
import { parseBody } from "@/lib/content/schema";
import { ArticleStatus } from "@/lib/generated/prisma/enums";

/**
 * What the story editor sends, checked field by field. The messages are shown
 * beside the fields, so each one names the field and says how to fix it.
 */

export const FIELD_LIMITS = {
  headline: 300,
  dek: 500,
  dateline: 100,
  sourceName: 200,
  tag: 60,
  tags: 20,
  authorName: 100,
  bylines: 10,
  related: 20,
  heroAlt: 1_000,
  heroCaption: 2_000,
  heroCredit: 300,
  /** Search engines show about this much; longer titles are allowed but cut off. */
  seoTitle: { advised: 60, max: 120 },
  seoDescription: { advised: 160, max: 320 },
} as const;

const text = (label: string, max: number) => z.string().trim().max(max, `${label} must be at most ${max} characters.`);

const idSchema = z.string().trim().min(1).max(100);

/** "" from an empty select or hidden input means "none". */
const optionalId = z
  .string()
  .trim()
  .max(100)
  .transform((value) => value || null);

/** "" means none; anything else must parse, or gets `message`. */
function optionalParsed<T>(parse: (value: string) => T | null, message: string) {
  return z
    .string()
    .trim()
    .transform((value, ctx): T | null => {
      if (!value) return null;
      const parsed = parse(value);
      if (parsed === null) ctx.addIssue({ code: "custom", message });
      return parsed;
    });
}

export const bylineSchema = z.discriminatedUnion("kind", [
  z.object({ kind: z.literal("author"), id: idSchema, name: z.string().max(FIELD_LIMITS.authorName) }),
  z.object({
    kind: z.literal("agency"),
    name: z
      .string()
      .trim()
      .min(1, "An agency needs a name.")
      .max(FIELD_LIMITS.authorName, `Agency names must be at most ${FIELD_LIMITS.authorName} characters.`),
  }),
]);
export type BylineInput = z.input<typeof bylineSchema>;

export const articleFieldsSchema = z
  .object({
    headline: text("Headline", FIELD_LIMITS.headline).min(1, "Headline is required."),
    slug: slugSchema,
    /** True while the slug still follows the headline: a taken one is then numbered instead of refused. */
    slugFollowsHeadline: z.boolean(),
    dek: text("Dek", FIELD_LIMITS.dek),
    sectionId: optionalId,
    tags: z
      .array(text("A tag", FIELD_LIMITS.tag).min(1, "A tag cannot be empty."))
      .max(FIELD_LIMITS.tags, `A story can have at most ${FIELD_LIMITS.tags} tags.`)
      .transform((names) => [...new Set(names)]),
    bylines: z
      .array(bylineSchema)
      .max(FIELD_LIMITS.bylines, `A story can have at most ${FIELD_LIMITS.bylines} bylines.`),
    dateline: text("Dateline", FIELD_LIMITS.dateline),
    sourceName: text("Source name", FIELD_LIMITS.sourceName),
    sourceUrl: optionalParsed(normalizeWebUrl, "Original URL must be a web address starting with http:// or https://."),
    heroMediaId: optionalId,
    heroAlt: text("Alt text", FIELD_LIMITS.heroAlt),
    heroCaption: text("Caption", FIELD_LIMITS.heroCaption),
    heroCredit: text("Credit", FIELD_LIMITS.heroCredit),
    body: z.unknown().transform((json, ctx) => {
      const parsed = parseBody(json);
      if (parsed.ok) return parsed.doc;
      ctx.addIssue({ code: "custom", message: parsed.message });
      return z.NEVER;
    }),
    relatedIds: z
      .array(idSchema)
      .max(FIELD_LIMITS.related, `A story can have at most ${FIELD_LIMITS.related} related articles.`)
      .transform((ids) => [...new Set(ids)]),
    seoTitle: text("SEO title", FIELD_LIMITS.seoTitle.max),
    seoDescription: text("SEO description", FIELD_LIMITS.seoDescription.max),
    /** A datetime-local value in the newsroom's zone, "" for none: made an instant when saved, in the zone then set. */
    publishAt: optionalParsed(
      (value) => (newsroomTimeToInstant(value, "UTC") ? value : null),
      "Publication time must be a real date and time.",
    ),
  })
  .superRefine((fields, ctx) => {
    if (fields.heroMediaId && !fields.heroAlt) {
      ctx.addIssue({
        code: "custom",
        path: ["heroAlt"],
        message: "Alt text is required with an image: describe what it shows for readers who cannot see it.",
      });
    }
  });

/** The form as the editor holds it. */
export type ArticleFormValues = z.input<typeof articleFieldsSchema>;
export type ArticleFields = z.output<typeof articleFieldsSchema>;
export type ArticleField = keyof ArticleFormValues;
/** One message per field, plus "form" for what belongs to no field. */
export type FieldErrors = Partial<Record<ArticleField | "form", string>>;

/** A refused save for a command line, where no field is beside its message: the message, then each field's own. */
export function refusalLines(message: string, fieldErrors: FieldErrors = {}): string[] {
  const problems = Object.entries(fieldErrors)
    .filter(([, problem]) => problem !== message)
    .map(([field, problem]) => `${field}: ${problem}`);
  return [message, ...problems];
}

/** The editor tab a write comes from (lib/articles/locks.ts): only the tab holding the story's lock writes. */
export const editorTabSchema = z.uuid().optional();

export const saveRequestSchema = z.object({
  /** null for a story that has not been saved yet. */
  articleId: idSchema.nullable(),
  /** The version the form was loaded from; null for a new story. */
  baseVersion: z.number().int().positive().nullable(),
  /** Every workflow button but "Delete" saves the form on the way. */
  action: z.enum(WORKFLOW_ACTIONS).exclude(["delete"]),
  fields: z.unknown(),
  tabId: editorTabSchema,
});
export type SaveRequest = z.input<typeof saveRequestSchema>;

export const deleteRequestSchema = z.object({
  articleId: idSchema,
  baseVersion: z.number().int().positive(),
  tabId: editorTabSchema,
});

/** Field-by-field messages from a failed parse of the fields. */
export function fieldErrorsOf(error: z.ZodError): FieldErrors {
  const errors: FieldErrors = {};
  for (const issue of error.issues) {
    const field = issue.path[0];
    const key = typeof field === "string" && field in articleFieldsSchema.shape ? (field as ArticleField) : "form";
    errors[key] ??= issue.message;
  }
  return errors;
}

export const LIST_SORTS = ["updated", "published", "headline"] as const;
export const LIST_PAGE_SIZE = 25;

/** The story list's filters, from the address bar: anything odd falls back to the default. */
export const storyListQuerySchema = z.object({
  status: z.enum(ArticleStatus).optional().catch(undefined),
  section: z.string().trim().min(1).max(100).optional().catch(undefined),
  author: z.string().trim().min(1).max(100).optional().catch(undefined),
  q: z.string().trim().max(200).optional().catch(undefined),
  sort: z.enum(LIST_SORTS).catch("updated"),
  page: z.coerce.number().int().min(1).max(10_000).catch(1),
});
export type StoryListQuery = z.output<typeof storyListQuerySchema>;
