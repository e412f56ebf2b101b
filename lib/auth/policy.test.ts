import { describe, expect, it } from "vitest";
import { type Actor, type ArticleRef, can, type ResourceFreeAction } from "@/lib/auth/policy";
import type { ArticleStatus, Role } from "@/lib/generated/prisma/enums";

const actor = (role: Role): Actor => ({ id: `${role.toLowerCase()}-1`, role });
const ROLES: Role[] = ["WRITER", "EDITOR", "ADMIN"];
const STATUSES: ArticleStatus[] = ["DRAFT", "IN_REVIEW", "SCHEDULED", "PUBLISHED", "UNPUBLISHED"];

// Expected answers for each role, the table of DESIGN.md written out by hand.
const global: Record<ResourceFreeAction, Role[]> = {
  "article.create": ["WRITER", "EDITOR", "ADMIN"],
  "article.viewAll": ["EDITOR", "ADMIN"],
  "media.upload": ["WRITER", "EDITOR", "ADMIN"],
  "taxonomy.manage": ["EDITOR", "ADMIN"],
  "admin.area": ["EDITOR", "ADMIN"],
  "settings.manage": ["ADMIN"],
  "apiKey.manage": ["ADMIN"],
  "webhook.manage": ["ADMIN"],
  "user.manage": ["ADMIN"],
  "audit.read": ["ADMIN"],
  "account.update": ["WRITER", "EDITOR", "ADMIN"],
};

describe("actions without a resource", () => {
  for (const [action, allowed] of Object.entries(global)) {
    for (const role of ROLES) {
      const expected = allowed.includes(role);
      it(`${role} ${expected ? "may" : "may not"} ${action}`, () => {
        expect(can(actor(role), action as keyof typeof global, null)).toBe(expected);
      });
    }
  }
});

describe("article actions", () => {
  const editorOnly = [
    "article.publish",
    "article.schedule",
    "article.unpublish",
    "article.delete",
    "article.correct",
  ] as const;

  for (const role of ROLES) {
    for (const status of STATUSES) {
      for (const mine of [true, false]) {
        const article: ArticleRef = { status, createdById: mine ? actor(role).id : "someone-else" };
        const editor = role !== "WRITER";
        const whose = mine ? "own" : "another's";

        it(`${role} on ${whose} ${status} story: view, edit, submit`, () => {
          expect(can(actor(role), "article.view", article)).toBe(editor || mine);
          expect(can(actor(role), "article.edit", article)).toBe(
            editor || (mine && (status === "DRAFT" || status === "IN_REVIEW")),
          );
          expect(can(actor(role), "article.submit", article)).toBe(editor || (mine && status === "DRAFT"));
        });

        it(`${role} on ${whose} ${status} story: publish, schedule, unpublish, delete, correct`, () => {
          for (const action of editorOnly) expect(can(actor(role), action, article)).toBe(editor);
        });
      }
    }
  }

  it("treats a story without a creator as nobody's", () => {
    expect(can(actor("WRITER"), "article.edit", { status: "DRAFT", createdById: null })).toBe(false);
  });
});

describe("bylines", () => {
  for (const role of ROLES) {
    it(`${role} may edit their own byline${role === "WRITER" ? " only" : ", others' and agencies'"}`, () => {
      expect(can(actor(role), "author.edit", { userId: actor(role).id })).toBe(true);
      expect(can(actor(role), "author.edit", { userId: "someone-else" })).toBe(role !== "WRITER");
      expect(can(actor(role), "author.edit", { userId: null })).toBe(role !== "WRITER");
    });
  }
});

describe("the media library", () => {
  for (const role of ROLES) {
    it(`${role} may edit and delete their own uploads${role === "WRITER" ? " only" : " and everyone's"}`, () => {
      for (const action of ["media.edit", "media.delete"] as const) {
        expect(can(actor(role), action, { uploadedById: actor(role).id })).toBe(true);
        expect(can(actor(role), action, { uploadedById: "someone-else" })).toBe(role !== "WRITER");
        expect(can(actor(role), action, { uploadedById: null })).toBe(role !== "WRITER");
      }
    });
  }
});

describe("anonymous visitors", () => {
  it("may do nothing", () => {
    expect(can(null, "article.create", null)).toBe(false);
    expect(can(undefined, "audit.read", null)).toBe(false);
  });
});
