import type { ArticleStatus, Role } from "@/lib/generated/prisma/enums";

/**
 * Who may do what, in one table (see "Roles" in DESIGN.md). Every server
 * action (lib/actions/define-action.ts) and route handler asks `can()` before
 * it writes; the proxy only keeps anonymous visitors out of staff pages.
 * lib/security/policy-coverage.test.ts calls each of them as every role and
 * holds the answers to this table.
 */

export type Actor = { id: string; role: Role };
export type ArticleRef = { createdById: string | null; status: ArticleStatus };
/** A byline: a staff writer's (with their account) or an agency's (without one). */
export type AuthorRef = { userId: string | null };
/** An image in the media library, by who uploaded it. */
export type MediaRef = { uploadedById: string | null };

type Resources = {
  "article.create": null;
  "article.view": ArticleRef;
  "article.edit": ArticleRef;
  "article.submit": ArticleRef;
  "article.publish": ArticleRef;
  "article.schedule": ArticleRef;
  "article.unpublish": ArticleRef;
  "article.delete": ArticleRef;
  "article.correct": ArticleRef;
  "article.viewAll": null;
  "media.upload": null;
  "media.edit": MediaRef;
  "media.delete": MediaRef;
  "author.edit": AuthorRef;
  "taxonomy.manage": null;
  "admin.area": null;
  "settings.manage": null;
  "user.manage": null;
  "audit.read": null;
  "apiKey.manage": null;
  "webhook.manage": null;
  "account.update": null;
};

export type Action = keyof Resources;
/** Actions the policy decides without looking at an object: server actions check these before their handler. */
export type ResourceFreeAction = { [A in Action]: Resources[A] extends null ? A : never }[Action];

const EDITORS: readonly Role[] = ["EDITOR", "ADMIN"];
const STAFF: readonly Role[] = ["WRITER", "EDITOR", "ADMIN"];

const isEditor = (actor: Actor) => EDITORS.includes(actor.role);
const isStaff = (actor: Actor) => STAFF.includes(actor.role);
const owns = (actor: Actor, ownerId: string | null) => ownerId !== null && ownerId === actor.id;
/** Writers work on their own stories until an editor publishes or schedules them. */
const WRITER_EDITABLE: readonly ArticleStatus[] = ["DRAFT", "IN_REVIEW"];

const rules: { [A in Action]: (actor: Actor, resource: Resources[A]) => boolean } = {
  "article.create": isStaff,
  "article.viewAll": isEditor,
  "article.view": (actor, article) => isEditor(actor) || owns(actor, article.createdById),
  "article.edit": (actor, article) =>
    isEditor(actor) || (owns(actor, article.createdById) && WRITER_EDITABLE.includes(article.status)),
  "article.submit": (actor, article) =>
    isEditor(actor) || (owns(actor, article.createdById) && article.status === "DRAFT"),
  "article.publish": isEditor,
  "article.schedule": isEditor,
  "article.unpublish": isEditor,
  "article.delete": isEditor,
  // A correction is the newsroom's word to readers about a story they have seen, whoever wrote it.
  "article.correct": isEditor,
  // A story keeps its own alt text, caption and credit for the image it shows; the library's are the defaults
  // offered when someone picks the image. Writers keep their own uploads, editors everyone's.
  "media.upload": isStaff,
  "media.edit": (actor, media) => isEditor(actor) || owns(actor, media.uploadedById),
  // Only an image no story, byline or site setting uses (lib/media checks that in the same transaction).
  "media.delete": (actor, media) => isEditor(actor) || owns(actor, media.uploadedById),
  // Renaming, merging and deleting. A new tag or agency typed into a story is made by its save (create or edit).
  "taxonomy.manage": isEditor,
  // Everyone keeps their own byline's profile; editors keep everyone's, agencies' included.
  "author.edit": (actor, author) => isEditor(actor) || owns(actor, author.userId),
  // The admin area holds the newsroom's structure (editors) and its people (admins); each page checks its own.
  "admin.area": isEditor,
  "settings.manage": (actor) => actor.role === "ADMIN",
  "user.manage": (actor) => actor.role === "ADMIN",
  "audit.read": (actor) => actor.role === "ADMIN",
  // Keys read everything the content API serves, on behalf of an app or partner, so only admins make them.
  "apiKey.manage": (actor) => actor.role === "ADMIN",
  "webhook.manage": (actor) => actor.role === "ADMIN",
  // Your own password and profile.
  "account.update": isStaff,
};

export function can<A extends Action>(actor: Actor | null | undefined, action: A, resource: Resources[A]): boolean {
  if (!actor) return false;
  return rules[action](actor, resource);
}
