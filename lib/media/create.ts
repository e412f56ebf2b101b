import "server-only";
import type { Prisma, PrismaClient } from "@/lib/generated/prisma/client";
import { processImage } from "@/lib/media/images";
import { removeImageFiles, storedBytes, writeImageFiles } from "@/lib/media/storage";

export type NewMedia = {
  data: Buffer;
  originalName: string;
  alt: string;
  caption?: string;
  credit?: string;
  uploadedById?: string | null;
};

type MediaClient = PrismaClient | Prisma.TransactionClient;

/**
 * Processes an image, stores its files, then lets `record` write its row.
 * If `record` throws (a refused quota, a failed insert), the files are
 * removed again, so neither orphan files nor rows pointing at nothing are
 * left behind. The image is processed before `record` runs, so a
 * transaction inside it stays short.
 */
export async function storeMedia<T>(
  input: NewMedia,
  record: (data: Prisma.MediaUncheckedCreateInput) => Promise<T>,
): Promise<T> {
  const image = await processImage(input.data);
  const fileName = await writeImageFiles(image);
  const widths = image.variants.map((variant) => variant.width);
  try {
    return await record({
      fileName,
      originalName: input.originalName.slice(0, 255),
      mime: "image/webp",
      size: storedBytes(image),
      width: image.width,
      height: image.height,
      alt: input.alt,
      caption: input.caption ?? "",
      credit: input.credit ?? "",
      variants: JSON.stringify(widths),
      uploadedById: input.uploadedById ?? null,
    });
  } catch (error) {
    await removeImageFiles(fileName, widths);
    throw error;
  }
}

export function createMedia(client: MediaClient, input: NewMedia) {
  return storeMedia(input, (data) => client.media.create({ data }));
}
