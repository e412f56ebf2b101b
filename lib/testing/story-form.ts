import type { ArticleFormValues } from "@/lib/articles/schema";

/**
 * The story editor's form as a test starts from: a headline, a slug and one
 * paragraph, every other field empty as the editor leaves it.
 */
export function storyForm(overrides: Partial<ArticleFormValues> = {}): ArticleFormValues {
  return {
    headline: "Ferries Run Every Forty Minutes",
    slug: "ferries-run-every-forty-minutes",
    slugFollowsHeadline: false,
    dek: "",
    sectionId: "",
    tags: [],
    bylines: [],
    dateline: "",
    sourceName: "",
    sourceUrl: "",
    heroMediaId: "",
    heroAlt: "",
    heroCaption: "",
    heroCredit: "",
    body: { type: "doc", content: [{ type: "paragraph", content: [{ type: "text", text: "From November." }] }] },
    relatedIds: [],
    seoTitle: "",
    seoDescription: "",
    publishAt: "",
    ...overrides,
  };
}
