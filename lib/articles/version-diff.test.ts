import fc from "fast-check";
import { describe, expect, it } from "vitest";
import {
  changedFields,
  compareParagraphs,
  type DiffSide,
  otherChanges,
  referencedIds,
  type VersionNames,
} from "@/lib/articles/version-diff";
import { type VersionSnapshot, versionSnapshotSchema } from "@/lib/articles/version-snapshot";

const snapshot = (fields: Record<string, unknown> = {}): VersionSnapshot =>
  versionSnapshotSchema.parse({
    headline: "Putin Invites Trump to Moscow",
    body: { type: "doc", content: [{ type: "paragraph", content: [{ type: "text", text: "Putin spoke." }] }] },
    status: "DRAFT",
    sectionId: "world",
    tagIds: ["russia"],
    authorIds: ["walt"],
    ...fields,
  });

const names: VersionNames = {
  sections: new Map([
    ["world", "World"],
    ["politics", "Politics"],
  ]),
  tags: new Map([
    ["russia", "Russia"],
    ["trade", "Trade"],
  ]),
  authors: new Map([["walt", "Walt Writer"]]),
  stories: new Map(),
  media: new Map([["kremlin", "kremlin.jpg"]]),
};

/** What one side shows, with its marks as [-deleted-] and {+inserted+}. */
const show = (side: DiffSide) =>
  side.map((paragraph) =>
    paragraph
      .map(({ text, change }) => (change === "deleted" ? `[-${text}-]` : change === "inserted" ? `{+${text}+}` : text))
      .join(""),
  );

describe("compareParagraphs", () => {
  it("marks deleted words on the earlier side and inserted words on the later side", () => {
    const result = compareParagraphs(
      ["The cat sat.", "On the mat today."],
      ["The big cat sat.", "On a mat.", "A new paragraph."],
    );
    expect(result.changed).toBe(true);
    expect(show(result.before)).toEqual(["The cat sat.", "On [-the-] mat[- today-]."]);
    expect(show(result.after)).toEqual(["The {+big +}cat sat.", "On {+a+} mat.", "{+A new paragraph.+}"]);
  });

  it("counts splitting a paragraph in two as a change", () => {
    const result = compareParagraphs(["One two"], ["One", "two"]);
    expect(result.changed).toBe(true);
    expect(show(result.before)).toEqual(["One two"]);
    expect(show(result.after)).toEqual(["One", "two"]);
  });

  it("reports no change for the same text", () => {
    expect(compareParagraphs(["Same words."], ["Same words."])).toEqual({
      before: [[{ text: "Same words.", change: "same" }]],
      after: [[{ text: "Same words.", change: "same" }]],
      changed: false,
    });
  });

  it("each side reads back as its own text, whatever the texts", () => {
    const word = fc.constantFrom("Putin", "Trump", "visit", "Moscow,", "“quote”", "é", "東京", "🙂", "\uE000", "–");
    const paragraph = fc.array(word, { minLength: 1, maxLength: 12 }).map((words) => words.join(" "));
    const paragraphs = fc.array(paragraph, { maxLength: 5 });
    const normalize = (texts: readonly string[]) =>
      texts.map((text) => text.replaceAll("\uE000", "").replace(/\s+/g, " ").trim()).filter(Boolean);
    fc.assert(
      fc.property(paragraphs, paragraphs, (before, after) => {
        const result = compareParagraphs(before, after);
        const read = (side: DiffSide, hidden: "inserted" | "deleted") =>
          side.map((segments) =>
            segments
              .filter(({ change }) => change !== hidden)
              .map(({ text }) => text)
              .join(""),
          );
        expect(normalize(read(result.before, "inserted"))).toEqual(normalize(before));
        expect(normalize(read(result.after, "deleted"))).toEqual(normalize(after));
        expect(result.before.flat().some(({ change }) => change === "inserted")).toBe(false);
        expect(result.after.flat().some(({ change }) => change === "deleted")).toBe(false);
        expect(result.changed).toBe(normalize(before).join("\n") !== normalize(after).join("\n"));
      }),
      { numRuns: 300 },
    );
  });
});

describe("changedFields", () => {
  it("names each changed field by its label, in the editor's order", () => {
    const before = snapshot();
    const after = snapshot({ headline: "Putin Asks Trump", sectionId: "politics", tagIds: ["russia", "trade"] });
    expect(changedFields(before, after)).toEqual(["Headline", "Section", "Tags"]);
    expect(changedFields(before, snapshot())).toEqual([]);
  });

  it("sees a new publication time and a body change that leaves the text alone", () => {
    const bold = { type: "paragraph", content: [{ type: "text", text: "Putin spoke.", marks: [{ type: "bold" }] }] };
    const after = snapshot({ publishedAt: "2026-03-01T12:00:00.000Z", body: { type: "doc", content: [bold] } });
    expect(changedFields(snapshot(), after)).toEqual(["Body", "Publication time"]);
  });
});

describe("otherChanges", () => {
  it("lists the fields besides the text by name, before and after", () => {
    const after = snapshot({
      headline: "Another headline",
      sectionId: "politics",
      tagIds: ["russia", "trade"],
      heroMediaId: "kremlin",
      status: "PUBLISHED",
      publishedAt: "2026-03-01T12:00:00.000Z",
      seoTitle: "Putin and Trump",
    });
    expect(otherChanges(snapshot(), after, names, "UTC")).toEqual([
      { label: "Section", before: "World", after: "Politics" },
      { label: "Tags", before: "Russia", after: "Russia, Trade" },
      { label: "Hero image", before: "(none)", after: "kremlin.jpg" },
      { label: "SEO title", before: "(none)", after: "Putin and Trump" },
      { label: "Status", before: "Draft", after: "Published" },
      { label: "Publication time", before: "(none)", after: "March 1, 2026, 12:00 PM GMT+0" },
    ]);
  });

  it("says what has since been deleted rather than showing an id", () => {
    const after = snapshot({ sectionId: "gone", authorIds: ["walt", "gone-author"] });
    expect(otherChanges(snapshot(), after, names, "UTC")).toEqual([
      { label: "Section", before: "World", after: "(a deleted section)" },
      { label: "Bylines", before: "Walt Writer", after: "Walt Writer, (a deleted byline)" },
    ]);
  });
});

describe("reading snapshots", () => {
  it("gives defaults for fields an older snapshot lacks, and ids of everything to name", () => {
    const old = versionSnapshotSchema.parse({ headline: "Old", body: { type: "doc", content: [] } });
    expect(old).toMatchObject({ dek: "", sectionId: null, tagIds: [], status: "DRAFT", publishedAt: null });
    expect(referencedIds(old, snapshot({ heroMediaId: "kremlin" }))).toEqual({
      sections: ["world"],
      tags: ["russia"],
      authors: ["walt"],
      stories: [],
      media: ["kremlin"],
    });
  });
});
