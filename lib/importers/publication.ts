import type { SaveAction } from "@/lib/articles/workflow";
import type { ArticleStatus } from "@/lib/generated/prisma/enums";
import type { SourcePost } from "./source";

/**
 * When and how a post goes out: its status and date kept (drafts stay drafts),
 * and the workflow button that gets it there through the editor's own save.
 */

type TargetStatus = Extract<ArticleStatus, "PUBLISHED" | "SCHEDULED" | "DRAFT" | "IN_REVIEW">;
export type Publication = { status: TargetStatus; at: Date | null; notes: string[] };

const iso = (date: Date) => date.toISOString().replace(/\.000Z$/, "Z");

export function decidePublication(
  post: Pick<SourcePost, "status" | "publishedAt" | "createdAt">,
  now: Date,
): Publication {
  if (post.status === "draft") return { status: "DRAFT", at: null, notes: [] };
  if (post.status === "review") return { status: "IN_REVIEW", at: null, notes: [] };
  if (post.status === "scheduled") {
    if (!post.publishedAt)
      return { status: "DRAFT", at: null, notes: ["scheduled without a date: imported as a draft"] };
    if (post.publishedAt <= now)
      return {
        status: "PUBLISHED",
        at: post.publishedAt,
        notes: [`its scheduled time (${iso(post.publishedAt)}) has passed: published at that time`],
      };
    return { status: "SCHEDULED", at: post.publishedAt, notes: [] };
  }
  if (post.publishedAt && post.publishedAt > now)
    return {
      status: "SCHEDULED",
      at: post.publishedAt,
      notes: [`published with a date still ahead (${iso(post.publishedAt)}): scheduled for then`],
    };
  if (post.publishedAt) return { status: "PUBLISHED", at: post.publishedAt, notes: [] };
  if (post.createdAt && post.createdAt <= now)
    return {
      status: "PUBLISHED",
      at: post.createdAt,
      notes: [`published without a publication date: its creation date (${iso(post.createdAt)}) is used`],
    };
  return { status: "PUBLISHED", at: now, notes: ["published without any date: the time of the import is used"] };
}

export type CurrentStory = { status: ArticleStatus; publishedAt: Date | null };
export type WorkflowStep = { action: SaveAction; at: Date | null; note: string | null };

const NEW_STORY: Record<TargetStatus, SaveAction> = {
  PUBLISHED: "publish",
  SCHEDULED: "schedule",
  DRAFT: "save",
  IN_REVIEW: "submit",
};

/**
 * The button for a new story, or for one updated with --update. An update
 * never takes a story away from readers: one live or scheduled on Byline
 * stays so, whatever the file says.
 */
export function workflowStep(target: Publication, current: CurrentStory | null): WorkflowStep {
  if (!current) return { action: NEW_STORY[target.status], at: target.at, note: null };
  const live = current.status === "PUBLISHED" || current.status === "SCHEDULED";
  if (target.status === current.status) return { action: "save", at: target.at, note: null };
  if (target.status === "PUBLISHED") return { action: "publish", at: target.at, note: null };
  if (!live)
    return target.status === "IN_REVIEW" && current.status !== "DRAFT"
      ? { action: "save", at: null, note: null }
      : { action: NEW_STORY[target.status], at: target.at, note: null };
  return {
    action: "save",
    at: current.publishedAt,
    note: `${current.status === "PUBLISHED" ? "published" : "scheduled"} on Byline: the update keeps it so, though the file says ${target.status.toLowerCase().replace("_", " ")}`,
  };
}
