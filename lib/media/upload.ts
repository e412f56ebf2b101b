import { z } from "zod";
import { type Actor, can } from "@/lib/auth/policy";
import { siteUrl } from "@/lib/env";
import type { PrismaClient } from "@/lib/generated/prisma/client";
import { readBoundedBody } from "@/lib/http/bounded-body";
import { isCrossOrigin } from "@/lib/http/same-origin";
import { storeMedia } from "@/lib/media/create";
import { ImageRejectedError, MAX_IMAGE_BYTES } from "@/lib/media/images";
import { createWithinQuota, mediaQuotaBytes, QuotaExceededError } from "@/lib/media/quota";
import { type MediaSource, mediaSource } from "@/lib/media/urls";

/** Multipart envelope around the image: a little room for the field names and boundaries. */
export const MAX_UPLOAD_REQUEST_BYTES = MAX_IMAGE_BYTES + 64 * 1024;

const uploadSchema = z.object({
  file: z.instanceof(File, { message: "Choose an image file to upload." }),
  alt: z.string().trim().max(1_000, "Alt text must be at most 1000 characters.").default(""),
});

export type UploadedImage = { id: string } & MediaSource;
type Refusal = { ok: false; status: 400 | 403 | 413 | 422; message: string };
export type UploadOutcome = { ok: true; image: UploadedImage } | Refusal;

export const IMAGE_TOO_LARGE = `The image is larger than ${MAX_IMAGE_BYTES / 1024 / 1024} MB. Choose a smaller file.`;
const tooLarge: Refusal = { ok: false, status: 413, message: IMAGE_TOO_LARGE };

/** The size a client claims, checked before reading a byte of the body. */
export function declaredSizeTooLarge(contentLength: string | null): boolean {
  return contentLength !== null && Number(contentLength) > MAX_UPLOAD_REQUEST_BYTES;
}

/**
 * POST /api/media once the user is known: from one of our own pages, no
 * larger than the limit whatever Content-Length says, then the upload.
 */
export async function uploadFromRequest(client: PrismaClient, actor: Actor, request: Request): Promise<UploadOutcome> {
  if (isCrossOrigin(request.headers, new URL(siteUrl()).origin)) {
    return { ok: false, status: 403, message: "Uploads are accepted only from Byline's own pages." };
  }
  if (declaredSizeTooLarge(request.headers.get("content-length"))) return tooLarge;
  let form: FormData;
  try {
    const body = await readBoundedBody(request.body, MAX_UPLOAD_REQUEST_BYTES);
    if (!body) return tooLarge;
    const contentType = request.headers.get("content-type") ?? "";
    form = await new Response(body, { headers: { "content-type": contentType } }).formData();
  } catch {
    return { ok: false, status: 400, message: "The upload could not be read. Try again." };
  }
  return uploadImage(client, actor, form);
}

/**
 * An image upload from the editor: judged by its content (never its name),
 * re-encoded without metadata, stored with its width variants, within the
 * uploader's storage quota.
 */
export async function uploadImage(client: PrismaClient, actor: Actor, form: FormData): Promise<UploadOutcome> {
  if (!can(actor, "media.upload", null)) return { ok: false, status: 403, message: "You may not upload images." };
  const parsed = uploadSchema.safeParse({ file: form.get("file"), alt: form.get("alt") ?? undefined });
  if (!parsed.success)
    return { ok: false, status: 400, message: parsed.error.issues[0]?.message ?? "The upload could not be read." };
  const { file, alt } = parsed.data;
  if (file.size > MAX_IMAGE_BYTES) return tooLarge;
  const quotaBytes = mediaQuotaBytes();
  try {
    const media = await storeMedia(
      { data: Buffer.from(await file.arrayBuffer()), originalName: file.name, alt, uploadedById: actor.id },
      (data) => client.$transaction((tx) => createWithinQuota(tx, { ...data, uploadedById: actor.id }, quotaBytes)),
    );
    return { ok: true, image: { id: media.id, ...mediaSource(media) } };
  } catch (error) {
    if (error instanceof ImageRejectedError) return { ok: false, status: 422, message: error.message };
    // 413: this request carries more than the server will store for this user.
    if (error instanceof QuotaExceededError) return { ok: false, status: 413, message: error.message };
    throw error;
  }
}
