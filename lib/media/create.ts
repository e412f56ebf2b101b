import "server-only";
import type { Prisma, PrismaClient } from "@/lib/generated/prisma/client";
import { processImage } from "@/lib/media/images";
import { removeImageFiles, writeImageFiles } from "@/lib/media/storage";

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
 * Processes an image, stores its files and records it. Files are written
 * first; if the row cannot be written they are removed again, so neither
 * orphan files nor rows pointing at nothing are left behind.
 */
export async function createMedia(client: MediaClient, input: NewMedia) {
  const image = await processImage(input.data);
  const fileName = await writeImageFiles(image);
  const widths = image.variants.map((variant) => variant.width);
  try {
    return await client.media.create({
      data: {
        fileName,
        originalName: input.originalName.slice(0, 255),
        mime: "image/webp",
        size: image.original.byteLength,
        width: image.width,
        height: image.height,
        alt: input.alt,
        caption: input.caption ?? "",
        credit: input.credit ?? "",
        variants: JSON.stringify(widths),
        uploadedById: input.uploadedById ?? null,
      },
    });
  } catch (error) {
    await removeImageFiles(fileName, widths);
    throw error;
  }
}
