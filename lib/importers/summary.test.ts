import { describe, expect, it } from "vitest";
import type { ImportReport, PostOutcome } from "./report";
import { formatSummary } from "./summary";

const skipped = (sourceId: string, reason: string): PostOutcome => ({
  kind: "skipped",
  sourceId,
  title: `Post ${sourceId}`,
  reason,
});

function report(overrides: Partial<ImportReport> = {}): ImportReport {
  return {
    dryRun: false,
    outcomes: [
      { kind: "imported", sourceId: "1", title: "Harbour reopens", slug: "harbour-reopens", status: "PUBLISHED" },
      { kind: "failed", sourceId: "2", title: "", reason: "its Lexical content is not JSON" },
      skipped("3", "a page, not a post"),
    ],
    notes: [
      { sourceId: "1", title: "Harbour reopens", slug: "harbour-reopens", notes: ["<hr> (a dividing line) left out"] },
    ],
    created: { sections: ["Eastwick"], authors: [] },
    revalidate: { articleIds: [], taxonomy: false },
    ...overrides,
  };
}

describe("formatSummary", () => {
  it("gives the counts, what was made, the skipped and failed posts by reason, and each story's notes", () => {
    expect(formatSummary(report(), "export.json")).toBe(
      [
        "Finished importing export.json.",
        "Imported: 1   Updated: 0   Skipped: 1   Failed: 1",
        "Added sections: Eastwick",
        "",
        "Skipped:",
        "  a page, not a post (1):",
        '    "Post 3", id 3',
        "",
        "Failed:",
        "  its Lexical content is not JSON (1):",
        "    id 2",
        "",
        "Reported (what was not kept as it was, story by story):",
        '  harbour-reopens ("Harbour reopens", id 1):',
        "    - <hr> (a dividing line) left out",
      ].join("\n"),
    );
  });

  it("speaks in the conditional for a dry run", () => {
    const text = formatSummary(report({ dryRun: true }), "export.json");
    expect(text).toMatch(/^Dry run of export.json: nothing was written.\nWould import: 1 {3}Would update: 0/);
    expect(text).toContain("Would add sections: Eastwick");
    expect(text).toContain("Reported (what would not be kept as it was, story by story):");
  });

  it("lists at most twenty posts for one reason and counts the rest", () => {
    const outcomes = Array.from({ length: 25 }, (_, i) => skipped(String(i), "already on Byline"));
    const text = formatSummary(report({ outcomes, notes: [] }), "export.xml");
    expect(text).toContain("  already on Byline (25):");
    expect(text).toContain("    … and 5 more");
    expect(text.match(/^ {4}"Post/gm)).toHaveLength(20);
  });
});
