import { type Action, type Actor, can } from "@/lib/auth/policy";
import type { ArticleStatus } from "@/lib/generated/prisma/enums";

/**
 * The editorial workflow in one table: which button moves a story from which
 * state to which, and which policy permission it needs. The editor shows the
 * buttons this allows; the server checks the same table before every write.
 */

export const WORKFLOW_ACTIONS = ["save", "submit", "publish", "schedule", "unpublish", "delete"] as const;
export type WorkflowAction = (typeof WORKFLOW_ACTIONS)[number];
/** Every workflow button but "Delete" saves the form on the way. */
export type SaveAction = Exclude<WorkflowAction, "delete">;

const EVERY_STATE: readonly ArticleStatus[] = ["DRAFT", "IN_REVIEW", "SCHEDULED", "PUBLISHED", "UNPUBLISHED"];
/** States from which a story can go (back) out to readers. */
const NOT_LIVE: readonly ArticleStatus[] = ["DRAFT", "IN_REVIEW", "SCHEDULED", "UNPUBLISHED"];

type Transition = {
  from: readonly ArticleStatus[];
  /** "unchanged" keeps the state; "deleted" removes the story. */
  to: ArticleStatus | "unchanged" | "deleted";
  permission: Action;
  /** "A published story cannot be <verb>." */
  verb: string;
  /** Why a user without the permission is refused. */
  refusal: string;
};

const EDITORS_ONLY = "Only editors and admins may";

export const TRANSITIONS: Record<WorkflowAction, Transition> = {
  save: {
    from: EVERY_STATE,
    to: "unchanged",
    permission: "article.edit",
    verb: "edited",
    refusal: "You may not edit this story: writers edit their own stories until an editor publishes or schedules them.",
  },
  submit: {
    from: ["DRAFT"],
    to: "IN_REVIEW",
    permission: "article.submit",
    verb: "submitted for review",
    refusal: "Only the story's writer or an editor may submit it for review.",
  },
  publish: {
    from: NOT_LIVE,
    to: "PUBLISHED",
    permission: "article.publish",
    verb: "published",
    refusal: `${EDITORS_ONLY} publish stories.`,
  },
  schedule: {
    from: NOT_LIVE,
    to: "SCHEDULED",
    permission: "article.schedule",
    verb: "scheduled",
    refusal: `${EDITORS_ONLY} schedule stories.`,
  },
  unpublish: {
    from: ["PUBLISHED", "SCHEDULED"],
    to: "UNPUBLISHED",
    permission: "article.unpublish",
    verb: "unpublished",
    refusal: `${EDITORS_ONLY} unpublish stories.`,
  },
  delete: {
    from: EVERY_STATE,
    to: "deleted",
    permission: "article.delete",
    verb: "deleted",
    refusal: `${EDITORS_ONLY} delete stories.`,
  },
};

export const STATUS_LABELS: Record<ArticleStatus, string> = {
  DRAFT: "Draft",
  IN_REVIEW: "In review",
  SCHEDULED: "Scheduled",
  PUBLISHED: "Published",
  UNPUBLISHED: "Unpublished",
};

export type WorkflowArticle = { status: ArticleStatus; createdById: string | null; publishedAt: Date | null };

/** A scheduled story whose time has come is published: readers see it (see visibility.ts). */
export function effectiveStatus(
  article: Pick<WorkflowArticle, "status" | "publishedAt">,
  now: Date = new Date(),
): ArticleStatus {
  if (article.status === "SCHEDULED" && article.publishedAt && article.publishedAt <= now) return "PUBLISHED";
  return article.status;
}

export type TransitionCheck =
  | { ok: true; from: ArticleStatus; to: ArticleStatus | "deleted" }
  | { ok: false; reason: "state" | "permission"; message: string };

export function checkTransition(
  actor: Actor,
  article: WorkflowArticle,
  action: WorkflowAction,
  now: Date = new Date(),
): TransitionCheck {
  const transition = TRANSITIONS[action];
  const from = effectiveStatus(article, now);
  if (!transition.from.includes(from)) {
    return {
      ok: false,
      reason: "state",
      message: `A story that is ${STATUS_LABELS[from].toLowerCase()} cannot be ${transition.verb}.`,
    };
  }
  const ref = { status: from, createdById: article.createdById };
  // Every button but delete also saves the form, so it needs the right to edit as well.
  const needsEdit = action !== "delete" && action !== "save";
  if (!can(actor, transition.permission, ref)) return { ok: false, reason: "permission", message: transition.refusal };
  if (needsEdit && !can(actor, "article.edit", ref))
    return { ok: false, reason: "permission", message: TRANSITIONS.save.refusal };
  return { ok: true, from, to: transition.to === "unchanged" ? from : transition.to };
}

/** The workflow buttons this user may press on this story now. */
export function availableActions(actor: Actor, article: WorkflowArticle, now: Date = new Date()): WorkflowAction[] {
  return WORKFLOW_ACTIONS.filter((action) => checkTransition(actor, article, action, now).ok);
}
