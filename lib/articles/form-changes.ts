import type { ArticleFormValues } from "@/lib/articles/schema";

type FormField = Exclude<keyof ArticleFormValues, "slugFollowsHeadline">;

/** Each field of the editor's form by the label it shows, in the form's order. */
const FORM_FIELD_LABELS: Record<FormField, string> = {
  headline: "Headline",
  slug: "Slug",
  dek: "Dek",
  dateline: "Dateline",
  sectionId: "Section",
  body: "Body",
  relatedIds: "Related articles",
  publishAt: "Publication time",
  bylines: "Bylines",
  tags: "Tags",
  heroMediaId: "Hero image",
  heroAlt: "Hero image",
  heroCaption: "Hero image",
  heroCredit: "Hero image",
  sourceName: "Source name",
  sourceUrl: "Original URL",
  seoTitle: "SEO title",
  seoDescription: "SEO description",
};

const FIELDS = Object.keys(FORM_FIELD_LABELS) as FormField[];

/** The fields whose words are worth showing beside their label. */
export const TEXT_FIELDS = new Set<FormField>(["headline", "slug", "dek", "dateline", "seoTitle", "seoDescription"]);

export type FormChange = { field: FormField; label: string };

/** The fields `after` changed from `before`, by label, each label once (the hero image's four fields are one). */
export function formChanges(before: ArticleFormValues, after: ArticleFormValues): FormChange[] {
  const changes: FormChange[] = [];
  for (const field of FIELDS) {
    const label = FORM_FIELD_LABELS[field];
    if (JSON.stringify(before[field]) === JSON.stringify(after[field])) continue;
    if (!changes.some((change) => change.label === label)) changes.push({ field, label });
  }
  return changes;
}
