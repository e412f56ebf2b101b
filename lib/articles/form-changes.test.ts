import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { formChanges } from "@/lib/articles/form-changes";
import type { ArticleFormValues } from "@/lib/articles/schema";
import { storyForm } from "@/lib/testing/story-form";

const form = storyForm({ slug: "ferries", tags: ["Transport"] });

describe("formChanges", () => {
  it("finds nothing between equal forms", () => {
    expect(formChanges(form, structuredClone(form))).toEqual([]);
  });

  it("names each changed field once, in the form's order, the hero image's parts as one", () => {
    const after: ArticleFormValues = {
      ...form,
      tags: ["Transport", "Winter"],
      headline: "Ferries Run Every Half Hour",
      heroMediaId: "m1",
      heroAlt: "A ferry",
      body: { type: "doc", content: [{ type: "paragraph", content: [{ type: "text", text: "From December." }] }] },
      slugFollowsHeadline: true,
    };
    expect(formChanges(form, after).map((change) => change.label)).toEqual(["Headline", "Body", "Tags", "Hero image"]);
  });

  it("names exactly the fields that were changed, whichever they are", () => {
    const textFields = ["headline", "slug", "dek", "dateline", "sourceName", "seoTitle", "seoDescription"] as const;
    fc.assert(
      fc.property(fc.subarray([...textFields]), fc.string({ minLength: 1 }), (changed, suffix) => {
        const after = { ...form };
        for (const field of changed) after[field] = `${form[field]}${suffix}`;
        const named = formChanges(form, after).map((change) => change.field);
        expect(named.sort()).toEqual([...changed].sort());
      }),
    );
  });
});
