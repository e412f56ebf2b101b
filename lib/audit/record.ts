import "server-only";
import type { AuditAction, AuditTarget } from "@/lib/audit/events";
import type { Prisma } from "@/lib/generated/prisma/client";

export type AuditEntry = {
  action: AuditAction;
  actor?: { id: string; email: string } | null;
  targetType?: AuditTarget;
  targetId?: string;
  details?: Record<string, unknown>;
  ip?: string;
};

/** Records an audit event inside the caller's transaction, so it lands only if the change does. */
export async function recordAudit(tx: Prisma.TransactionClient, entry: AuditEntry): Promise<void> {
  await tx.auditEvent.create({
    data: {
      action: entry.action,
      actorId: entry.actor?.id ?? null,
      actorEmail: entry.actor?.email ?? "",
      targetType: entry.targetType ?? "",
      targetId: entry.targetId ?? "",
      details: JSON.stringify(entry.details ?? {}),
      ip: entry.ip ?? "",
    },
  });
}
