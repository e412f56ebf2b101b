import { describe, expect, it } from "vitest";
import { availableActions, checkTransition, effectiveStatus, type WorkflowAction } from "@/lib/articles/workflow";
import type { Actor } from "@/lib/auth/policy";
import type { ArticleStatus, Role } from "@/lib/generated/prisma/enums";

const NOW = new Date("2026-03-01T12:00:00Z");
const LATER = new Date("2026-03-01T13:00:00Z");
const EARLIER = new Date("2026-03-01T11:00:00Z");

const actor = (role: Role): Actor => ({ id: `${role.toLowerCase()}-1`, role });
const story = (
  status: ArticleStatus,
  createdById: string,
  publishedAt: Date | null = status === "SCHEDULED" ? LATER : null,
) => ({
  status,
  createdById,
  publishedAt,
});

// Who may press which button in which state, written out by hand.
const EDITOR_ACTIONS: Record<ArticleStatus, WorkflowAction[]> = {
  DRAFT: ["save", "submit", "publish", "schedule", "delete"],
  IN_REVIEW: ["save", "publish", "schedule", "delete"],
  SCHEDULED: ["save", "publish", "schedule", "unpublish", "delete"],
  PUBLISHED: ["save", "unpublish", "delete"],
  UNPUBLISHED: ["save", "publish", "schedule", "delete"],
};
const WRITER_OWN_ACTIONS: Record<ArticleStatus, WorkflowAction[]> = {
  DRAFT: ["save", "submit"],
  IN_REVIEW: ["save"],
  SCHEDULED: [],
  PUBLISHED: [],
  UNPUBLISHED: [],
};
const STATES = Object.keys(EDITOR_ACTIONS) as ArticleStatus[];

describe("the transitions table", () => {
  for (const role of ["EDITOR", "ADMIN"] as const) {
    for (const state of STATES) {
      it(`${role} on anyone's ${state} story: ${EDITOR_ACTIONS[state].join(", ")}`, () => {
        expect(availableActions(actor(role), story(state, "someone-else"), NOW)).toEqual(EDITOR_ACTIONS[state]);
        expect(availableActions(actor(role), story(state, actor(role).id), NOW)).toEqual(EDITOR_ACTIONS[state]);
      });
    }
  }
  for (const state of STATES) {
    it(`WRITER on their own ${state} story: ${WRITER_OWN_ACTIONS[state].join(", ") || "nothing"}`, () => {
      expect(availableActions(actor("WRITER"), story(state, "writer-1"), NOW)).toEqual(WRITER_OWN_ACTIONS[state]);
    });
    it(`WRITER on another's ${state} story: nothing`, () => {
      expect(availableActions(actor("WRITER"), story(state, "someone-else"), NOW)).toEqual([]);
    });
  }
});

describe("checkTransition", () => {
  it("moves a story to the target state", () => {
    expect(checkTransition(actor("EDITOR"), story("IN_REVIEW", "writer-1"), "publish", NOW)).toEqual({
      ok: true,
      from: "IN_REVIEW",
      to: "PUBLISHED",
    });
    expect(checkTransition(actor("WRITER"), story("DRAFT", "writer-1"), "submit", NOW)).toEqual({
      ok: true,
      from: "DRAFT",
      to: "IN_REVIEW",
    });
    expect(checkTransition(actor("WRITER"), story("IN_REVIEW", "writer-1"), "save", NOW)).toEqual({
      ok: true,
      from: "IN_REVIEW",
      to: "IN_REVIEW",
    });
    expect(checkTransition(actor("ADMIN"), story("PUBLISHED", "writer-1"), "delete", NOW)).toEqual({
      ok: true,
      from: "PUBLISHED",
      to: "deleted",
    });
  });

  it("refuses a writer who asks to publish their own draft, saying why", () => {
    const check = checkTransition(actor("WRITER"), story("DRAFT", "writer-1"), "publish", NOW);
    expect(check).toEqual({ ok: false, reason: "permission", message: "Only editors and admins may publish stories." });
  });

  it("refuses a move the state does not allow, for editors too", () => {
    const check = checkTransition(actor("EDITOR"), story("PUBLISHED", "writer-1"), "publish", NOW);
    expect(check).toEqual({ ok: false, reason: "state", message: "A story that is published cannot be published." });
  });

  it("treats a scheduled story whose time has passed as published", () => {
    const due = story("SCHEDULED", "writer-1", EARLIER);
    expect(effectiveStatus(due, NOW)).toBe("PUBLISHED");
    expect(effectiveStatus(story("SCHEDULED", "writer-1", LATER), NOW)).toBe("SCHEDULED");
    expect(availableActions(actor("EDITOR"), due, NOW)).toEqual(EDITOR_ACTIONS.PUBLISHED);
  });
});
