import { env } from "@/lib/env";
import type { Prisma } from "@/lib/generated/prisma/client";

const MB = 1024 * 1024;

/** How much image storage each user may fill (MEDIA_QUOTA_MB). */
export function mediaQuotaBytes(): number {
  return env().MEDIA_QUOTA_MB * MB;
}

/** Bytes on disk of every image the user uploaded: originals and variants (Media.size). */
export async function storageUsedBy(tx: Prisma.TransactionClient, userId: string): Promise<number> {
  const { _sum } = await tx.media.aggregate({ where: { uploadedById: userId }, _sum: { size: true } });
  return _sum.size ?? 0;
}

export class QuotaExceededError extends Error {
  constructor(usedBytes: number, imageBytes: number, quotaBytes: number) {
    const megabytes = new Intl.NumberFormat("en", { style: "unit", unit: "megabyte", maximumFractionDigits: 1 });
    super(
      `You have used ${megabytes.format(usedBytes / MB)} of your ${megabytes.format(quotaBytes / MB)} of image storage, ` +
        `and this image needs ${megabytes.format(imageBytes / MB)}. ` +
        "Ask an administrator to remove images you no longer use, or to raise your limit.",
    );
  }
}

/**
 * Writes a new image's row only if it fits the uploader's quota. The row is
 * inserted first, so the transaction holds SQLite's write lock before it
 * counts: two uploads at once are counted one after the other, never both
 * against the same total. Refused, the transaction rolls back.
 */
export async function createWithinQuota(
  tx: Prisma.TransactionClient,
  data: Prisma.MediaUncheckedCreateInput & { uploadedById: string },
  quotaBytes: number,
) {
  const media = await tx.media.create({ data });
  const used = await storageUsedBy(tx, data.uploadedById);
  if (used > quotaBytes) throw new QuotaExceededError(used - media.size, media.size, quotaBytes);
  return media;
}
