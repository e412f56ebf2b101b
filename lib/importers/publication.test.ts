import { describe, expect, it } from "vitest";
import { decidePublication, workflowStep } from "./publication";

const now = new Date("2026-05-01T12:00:00Z");
const past = new Date("2025-03-03T09:30:00Z");
const future = new Date("2099-01-01T00:00:00Z");
const post = (
  status: "published" | "scheduled" | "draft" | "review",
  publishedAt: Date | null,
  createdAt: Date | null = null,
) => ({
  status,
  publishedAt,
  createdAt,
});

describe("decidePublication", () => {
  it("keeps published posts at their date, drafts as drafts, pending as in review", () => {
    expect(decidePublication(post("published", past), now)).toEqual({ status: "PUBLISHED", at: past, notes: [] });
    expect(decidePublication(post("draft", past), now)).toEqual({ status: "DRAFT", at: null, notes: [] });
    expect(decidePublication(post("review", null), now)).toEqual({ status: "IN_REVIEW", at: null, notes: [] });
  });

  it("schedules a scheduled post still ahead, and publishes one whose time has passed, saying so", () => {
    expect(decidePublication(post("scheduled", future), now)).toEqual({ status: "SCHEDULED", at: future, notes: [] });
    expect(decidePublication(post("scheduled", past), now)).toEqual({
      status: "PUBLISHED",
      at: past,
      notes: ["its scheduled time (2025-03-03T09:30:00Z) has passed: published at that time"],
    });
    expect(decidePublication(post("scheduled", null), now).status).toBe("DRAFT");
  });

  it("falls back from a missing publication date to the creation date, then to now, saying which", () => {
    expect(decidePublication(post("published", null, past), now)).toEqual({
      status: "PUBLISHED",
      at: past,
      notes: ["published without a publication date: its creation date (2025-03-03T09:30:00Z) is used"],
    });
    expect(decidePublication(post("published", null, null), now)).toEqual({
      status: "PUBLISHED",
      at: now,
      notes: ["published without any date: the time of the import is used"],
    });
  });

  it("schedules a published post dated in the future", () => {
    expect(decidePublication(post("published", future), now)).toMatchObject({ status: "SCHEDULED", at: future });
  });
});

describe("workflowStep", () => {
  const published = { status: "PUBLISHED" as const, at: past, notes: [] };
  const draft = { status: "DRAFT" as const, at: null, notes: [] };
  const scheduled = { status: "SCHEDULED" as const, at: future, notes: [] };

  it("presses the button that gets a new story to its status", () => {
    expect(workflowStep(published, null)).toEqual({ action: "publish", at: past, note: null });
    expect(workflowStep(scheduled, null)).toEqual({ action: "schedule", at: future, note: null });
    expect(workflowStep(draft, null)).toEqual({ action: "save", at: null, note: null });
    expect(workflowStep({ status: "IN_REVIEW", at: null, notes: [] }, null).action).toBe("submit");
  });

  it("saves an update that keeps the status, and publishes a draft the file says is published", () => {
    expect(workflowStep(published, { status: "PUBLISHED", publishedAt: past })).toEqual({
      action: "save",
      at: past,
      note: null,
    });
    expect(workflowStep(published, { status: "DRAFT", publishedAt: null }).action).toBe("publish");
    expect(workflowStep(scheduled, { status: "DRAFT", publishedAt: null }).action).toBe("schedule");
  });

  it("never takes a live story away from readers, and says so", () => {
    const live = new Date("2024-01-01T00:00:00Z");
    expect(workflowStep(draft, { status: "PUBLISHED", publishedAt: live })).toEqual({
      action: "save",
      at: live,
      note: "published on Byline: the update keeps it so, though the file says draft",
    });
  });
});
