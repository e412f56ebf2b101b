import type { Revalidation } from "@/lib/cache/tags";
import type { ArticleStatus } from "@/lib/generated/prisma/enums";

/** What became of each post the file holds. */
export type PostOutcome =
  | { kind: "imported" | "updated"; sourceId: string; title: string; slug: string; status: ArticleStatus }
  | { kind: "skipped" | "failed"; sourceId: string; title: string; reason: string };

/** What one story lost or had changed on the way in. */
export type PostNotes = { sourceId: string; title: string; slug: string; notes: string[] };

export type ImportReport = {
  dryRun: boolean;
  outcomes: PostOutcome[];
  notes: PostNotes[];
  /** Sections and bylines the import made (or, in a dry run, would make). */
  created: { sections: string[]; authors: string[] };
  revalidate: Revalidation;
};

export type Tally = { done: number; total: number } & Record<PostOutcome["kind"], number>;

export function emptyTally(total: number): Tally {
  return { done: 0, total, imported: 0, updated: 0, skipped: 0, failed: 0 };
}

export function countOutcome(tally: Tally, outcome: PostOutcome): void {
  tally.done++;
  tally[outcome.kind]++;
}
