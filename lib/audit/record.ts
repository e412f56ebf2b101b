import "server-only";
import type { Prisma } from "@/lib/generated/prisma/client";

export type AuditEntry = {
  action: string;
  actor?: { id: string; email: string } | null;
  targetType?: string;
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
