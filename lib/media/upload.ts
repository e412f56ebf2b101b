import { z } from "zod";
import { type Actor, can } from "@/lib/auth/policy";
import type { PrismaClient } from "@/lib/generated/prisma/client";
import { createMedia } from "@/lib/media/create";
import { ImageRejectedError, MAX_IMAGE_BYTES } from "@/lib/media/images";
import { type MediaSource, mediaSource } from "@/lib/media/urls";

/** Multipart envelope around the image: a little room for the field names and boundaries. */
export const MAX_UPLOAD_REQUEST_BYTES = MAX_IMAGE_BYTES + 64 * 1024;

const uploadSchema = z.object({
  file: z.instanceof(File, { message: "Choose an image file to upload." }),
  alt: z.string().trim().max(1_000, "Alt text must be at most 1000 characters.").default(""),
});

export type UploadedImage = { id: string } & MediaSource;
export type UploadOutcome =
  | { ok: true; image: UploadedImage }
  | { ok: false; status: 400 | 403 | 413 | 422; message: string };

export const IMAGE_TOO_LARGE = `The image is larger than ${MAX_IMAGE_BYTES / 1024 / 1024} MB. Choose a smaller file.`;

/** The size a client claims, checked before reading a byte of the body. */
export function declaredSizeTooLarge(contentLength: string | null): boolean {
  return contentLength !== null && Number(contentLength) > MAX_UPLOAD_REQUEST_BYTES;
}

/**
 * An image upload from the editor: judged by its content (never its name),
 * re-encoded without metadata, stored with its width variants.
 */
export async function uploadImage(client: PrismaClient, actor: Actor, form: FormData): Promise<UploadOutcome> {
  if (!can(actor, "media.upload", null)) return { ok: false, status: 403, message: "You may not upload images." };
  const parsed = uploadSchema.safeParse({ file: form.get("file"), alt: form.get("alt") ?? undefined });
  if (!parsed.success)
    return { ok: false, status: 400, message: parsed.error.issues[0]?.message ?? "The upload could not be read." };
  const { file, alt } = parsed.data;
  if (file.size > MAX_IMAGE_BYTES) return { ok: false, status: 413, message: IMAGE_TOO_LARGE };
  try {
    const media = await createMedia(client, {
      data: Buffer.from(await file.arrayBuffer()),
      originalName: file.name,
      alt,
      uploadedById: actor.id,
    });
    return { ok: true, image: { id: media.id, ...mediaSource(media) } };
  } catch (error) {
    if (error instanceof ImageRejectedError)
      return { ok: false, status: 422, message: `${error.message} Choose a JPEG, PNG, WebP or AVIF image.` };
    throw error;
  }
}
