import { z } from "zod";
import { AUDIT_ACTIONS, type AuditAction, type AuditTarget } from "@/lib/audit/events";
import { db } from "@/lib/db";
import type { Prisma, PrismaClient } from "@/lib/generated/prisma/client";

export const AUDIT_EVENTS_PER_PAGE = 50;

export const auditFilterSchema = z.object({
  action: z.enum(AUDIT_ACTIONS).optional().catch(undefined),
  user: z.string().trim().max(64).optional().catch(undefined),
  page: z.coerce.number().int().min(1).catch(1).default(1),
});
export type AuditFilter = z.infer<typeof auditFilterSchema>;

function parseDetails(json: string): Record<string, unknown> {
  try {
    const value: unknown = JSON.parse(json);
    return value && typeof value === "object" && !Array.isArray(value) ? (value as Record<string, unknown>) : {};
  } catch {
    return {};
  }
}

/** Readable names for the users and stories events point at, looked up in one query each. */
async function targetLabels(
  client: PrismaClient,
  events: readonly { targetType: string; targetId: string }[],
): Promise<Map<string, string>> {
  const idsOf = (type: AuditTarget) => [
    ...new Set(events.filter((e) => e.targetType === type && e.targetId).map((e) => e.targetId)),
  ];
  const [users, articles, sections, tags, authors, media] = await Promise.all([
    client.user.findMany({ where: { id: { in: idsOf("user") } }, select: { id: true, email: true } }),
    client.article.findMany({ where: { id: { in: idsOf("article") } }, select: { id: true, headline: true } }),
    client.section.findMany({ where: { id: { in: idsOf("section") } }, select: { id: true, name: true } }),
    client.tag.findMany({ where: { id: { in: idsOf("tag") } }, select: { id: true, name: true } }),
    client.author.findMany({ where: { id: { in: idsOf("author") } }, select: { id: true, name: true } }),
    client.media.findMany({
      where: { id: { in: idsOf("media") } },
      select: { id: true, originalName: true, fileName: true },
    }),
  ]);
  return new Map([
    ...users.map((u) => [`user:${u.id}`, u.email] as const),
    ...articles.map((a) => [`article:${a.id}`, a.headline] as const),
    ...sections.map((s) => [`section:${s.id}`, s.name] as const),
    ...tags.map((t) => [`tag:${t.id}`, t.name] as const),
    ...authors.map((a) => [`author:${a.id}`, a.name] as const),
    ...media.map((m) => [`media:${m.id}`, m.originalName || m.fileName] as const),
  ]);
}

/**
 * A target that is gone (a deleted section), or one known by what its event
 * recorded (an API key's name, a webhook's address), else by its id.
 */
function formerTargetLabel(row: { targetType: string; targetId: string; details: string }): string {
  if (!row.targetId) return "";
  const { name, url } = parseDetails(row.details);
  const recorded = [name, url].find((value) => typeof value === "string" && value);
  return typeof recorded === "string" ? recorded : `${row.targetType} ${row.targetId}`;
}

/**
 * The audit log, newest first. Filtering by user finds what they did and what
 * was done to them (failed sign-ins on their account, their role changes).
 */
export async function listAuditEvents(filter: AuditFilter, client: PrismaClient = db) {
  const where: Prisma.AuditEventWhereInput = {
    action: filter.action || undefined,
    ...(filter.user ? { OR: [{ actorId: filter.user }, { targetType: "user", targetId: filter.user }] } : {}),
  };
  const [rows, total] = await Promise.all([
    client.auditEvent.findMany({
      where,
      orderBy: [{ createdAt: "desc" }, { id: "desc" }],
      skip: (filter.page - 1) * AUDIT_EVENTS_PER_PAGE,
      take: AUDIT_EVENTS_PER_PAGE,
    }),
    client.auditEvent.count({ where }),
  ]);
  const labels = await targetLabels(client, rows);
  const events = rows.map((row) => ({
    ...row,
    details: parseDetails(row.details),
    targetLabel: labels.get(`${row.targetType}:${row.targetId}`) ?? formerTargetLabel(row),
  }));
  return { events, total, pageCount: Math.max(1, Math.ceil(total / AUDIT_EVENTS_PER_PAGE)) };
}
export type AuditEventView = Awaited<ReturnType<typeof listAuditEvents>>["events"][number];

/** Every action that occurs in the log, for the filter. */
export async function listAuditActions(client: PrismaClient = db): Promise<string[]> {
  const rows = await client.auditEvent.findMany({
    distinct: ["action"],
    select: { action: true },
    orderBy: { action: "asc" },
  });
  return rows.map((row) => row.action);
}

/**
 * The details of an event about `targetId` in the last few minutes, checked
 * with `schema`: what a list says just after a change it cannot show, such as
 * "World is deleted" (the address carries only the id, so it cannot be forged
 * into another message).
 */
export async function recentEventDetails<T>(
  action: AuditAction,
  targetId: string,
  schema: z.ZodType<T>,
  { now = new Date(), client = db }: { now?: Date; client?: PrismaClient } = {},
): Promise<T | null> {
  const event = await client.auditEvent.findFirst({
    where: { action, targetId, createdAt: { gte: new Date(now.getTime() - 10 * 60_000) } },
    orderBy: { createdAt: "desc" },
    select: { details: true },
  });
  const details = event && schema.safeParse(parseDetails(event.details));
  return details?.success ? details.data : null;
}
