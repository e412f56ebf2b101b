import type { ArticleAuditAction } from "@/lib/audit/events";
import { recordAudit } from "@/lib/audit/record";
import type { Prisma } from "@/lib/generated/prisma/client";
import type { Role } from "@/lib/generated/prisma/enums";

export type StaffActor = { id: string; email: string; role: Role };

/** An audit event about one story, inside the caller's transaction. */
export async function auditArticle(
  tx: Prisma.TransactionClient,
  actor: StaffActor,
  action: ArticleAuditAction,
  articleId: string,
  details: Record<string, unknown>,
  ip = "",
): Promise<void> {
  await recordAudit(tx, { action, actor, targetType: "article", targetId: articleId, details, ip });
}
