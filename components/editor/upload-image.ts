import type { UploadedImage } from "@/lib/media/upload";

export type UploadResult = { ok: true; image: UploadedImage } | { ok: false; message: string };

/** Sends an image to /api/media; the server judges it by its content and says why it refuses. */
export async function uploadImageFile(file: File, alt: string): Promise<UploadResult> {
  const form = new FormData();
  form.set("file", file);
  form.set("alt", alt);
  try {
    const response = await fetch("/api/media", { method: "POST", body: form });
    const body: unknown = await response.json().catch(() => null);
    if (response.ok && body && typeof body === "object" && "id" in body)
      return { ok: true, image: body as UploadedImage };
    const message =
      body && typeof body === "object" && "error" in body && typeof body.error === "string" ? body.error : null;
    return { ok: false, message: message ?? `The upload failed (${response.status}). Try again.` };
  } catch {
    return {
      ok: false,
      message: "The upload failed: the server could not be reached. Check your connection and try again.",
    };
  }
}
