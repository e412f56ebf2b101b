/**
 * Every kind of event the audit log records, and what an event can point at.
 * The log's filter and its labels read these; a write can record nothing else.
 */
export const AUDIT_ACTIONS = [
  "auth.signin",
  "auth.signin_refused",
  "auth.signin_failed",
  "auth.lockout",
  "auth.signout",
  "auth.password_change",
  "auth.password_change_failed",
  "auth.session_end",
  "auth.sessions_end_others",
  "auth.2fa_enrol",
  "auth.2fa_success",
  "auth.2fa_failed",
  "auth.2fa_recovery_used",
  "auth.2fa_disable",
  "user.sessions_end",
  "user.2fa_reset",
  "user.create",
  "user.invite",
  "user.invitation_renew",
  "user.invitation_accept",
  "user.password_reset_link",
  "user.password_reset",
  "user.role_change",
  "user.disable",
  "user.enable",
  "access.denied",
  "article.publish",
  "article.schedule",
  "article.unpublish",
  "article.delete",
  "article.correct",
  "article.import",
  "article.import_update",
  "article.denied",
  "article.takeover",
  "article.autosave_discard",
  "media.update",
  "media.delete",
  "section.create",
  "section.update",
  "section.navigation",
  "section.delete",
  "tag.update",
  "tag.merge",
  "tag.delete",
  "author.update",
  "author.merge",
  "settings.update",
  "apikey.create",
  "apikey.revoke",
  "webhook.create",
  "webhook.enable",
  "webhook.disable",
  "webhook.delete",
  "webhook.redeliver",
] as const;
export type AuditAction = (typeof AUDIT_ACTIONS)[number];

/** What an event is about; the log shows a user's email, a story's headline, a section's, tag's or byline's name. */
export const AUDIT_TARGETS = [
  "user",
  "article",
  "section",
  "tag",
  "author",
  "settings",
  "media",
  "apikey",
  "webhook",
] as const;
export type AuditTarget = (typeof AUDIT_TARGETS)[number];

/** The events about one story. */
export type ArticleAuditAction = Extract<AuditAction, `article.${string}`>;
