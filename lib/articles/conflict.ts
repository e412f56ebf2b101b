import type { Prisma } from "@/lib/generated/prisma/client";
import { newsroomTimeZone } from "@/lib/settings/queries";
import { formatDateTime } from "@/lib/time";

export type Conflict = { message: string; latestVersion: number };

/**
 * Someone saved the story after this form was loaded. Says who and when, so
 * the writer can compare before deciding; nothing is overwritten.
 */
export async function describeConflict(
  tx: Prisma.TransactionClient,
  articleId: string,
  actorId: string,
): Promise<Conflict> {
  const latest = await tx.article.findUniqueOrThrow({
    where: { id: articleId },
    select: { version: true, updatedAt: true, updatedById: true, updatedBy: { select: { name: true } } },
  });
  const who = latest.updatedById === actorId ? "You (in another tab or window)" : (latest.updatedBy?.name ?? "Someone");
  return {
    latestVersion: latest.version,
    message: `${who} saved this story at ${formatDateTime(latest.updatedAt, await newsroomTimeZone(tx))}, after you opened it. Your changes have not been saved, but they are still here: open the latest version in a new tab to compare, then copy what you need or save yours over it.`,
  };
}
