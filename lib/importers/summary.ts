import type { ImportReport, PostOutcome } from "./report";

/** Past this many posts for one reason, the rest are counted, not listed. */
const LISTED_PER_REASON = 20;

/**
 * The report printed at the end of an import (or of a dry run, in the
 * conditional): the counts, then the skipped and failed posts with why, the
 * sections and bylines made, and each story's notes on what it lost.
 */
export function formatSummary(report: ImportReport, source: string): string {
  const would = report.dryRun;
  const count = (kind: PostOutcome["kind"]) => report.outcomes.filter((outcome) => outcome.kind === kind).length;
  const lines = [
    would ? `Dry run of ${source}: nothing was written.` : `Finished importing ${source}.`,
    [
      `${would ? "Would import" : "Imported"}: ${count("imported")}`,
      `${would ? "Would update" : "Updated"}: ${count("updated")}`,
      `Skipped: ${count("skipped")}`,
      `Failed: ${count("failed")}`,
    ].join("   "),
  ];
  const { sections, authors } = report.created;
  if (sections.length) lines.push(`${would ? "Would add" : "Added"} sections: ${sections.join(", ")}`);
  if (authors.length) lines.push(`${would ? "Would add" : "Added"} staff bylines: ${authors.join(", ")}`);

  for (const [heading, kind] of [
    ["Skipped", "skipped"],
    ["Failed", "failed"],
  ] as const) {
    const groups = byReason(report.outcomes, kind);
    if (groups.size === 0) continue;
    lines.push("", `${heading}:`);
    for (const [reason, posts] of groups) {
      lines.push(`  ${reason} (${posts.length}):`);
      for (const post of posts.slice(0, LISTED_PER_REASON)) lines.push(`    ${describePost(post)}`);
      if (posts.length > LISTED_PER_REASON) lines.push(`    … and ${posts.length - LISTED_PER_REASON} more`);
    }
  }

  if (report.notes.length) {
    lines.push("", `Reported (what ${would ? "would not be" : "was not"} kept as it was, story by story):`);
    for (const story of report.notes) {
      lines.push(`  ${story.slug} (${describePost(story)}):`);
      for (const note of story.notes) lines.push(`    - ${note}`);
    }
  }
  return lines.join("\n");
}

function byReason(outcomes: readonly PostOutcome[], kind: "skipped" | "failed") {
  const groups = new Map<string, { sourceId: string; title: string }[]>();
  for (const outcome of outcomes) {
    if (outcome.kind !== kind) continue;
    const group = groups.get(outcome.reason) ?? [];
    groups.set(outcome.reason, group);
    group.push(outcome);
  }
  return groups;
}

function describePost({ sourceId, title }: { sourceId: string; title: string }): string {
  return title.trim() ? `"${title.trim()}", id ${sourceId}` : `id ${sourceId}`;
}
