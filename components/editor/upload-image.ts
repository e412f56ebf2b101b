import type { UploadedImage } from "@/lib/media/upload";

export type UploadResult = { ok: true; image: UploadedImage } | { ok: false; message: string };

const UNREACHABLE = "The upload failed: the server could not be reached. Check your connection and try again.";

function resultOf(status: number, body: unknown): UploadResult {
  if (status >= 200 && status < 300 && body && typeof body === "object" && "id" in body)
    return { ok: true, image: body as UploadedImage };
  const message =
    body && typeof body === "object" && "error" in body && typeof body.error === "string" ? body.error : null;
  return { ok: false, message: message ?? `The upload failed (${status}). Try again.` };
}

/**
 * Sends an image to /api/media; the server judges it by its content and says
 * why it refuses. XMLHttpRequest rather than fetch: only it reports how much
 * of the upload has gone (`onProgress`, from 0 to 1), for a progress bar.
 */
export function uploadImageFile(
  file: File,
  alt: string,
  onProgress?: (fraction: number) => void,
): Promise<UploadResult> {
  const form = new FormData();
  form.set("file", file);
  form.set("alt", alt);
  return new Promise((resolve) => {
    const request = new XMLHttpRequest();
    request.open("POST", "/api/media");
    request.responseType = "json";
    request.upload.addEventListener("progress", (event) => {
      if (event.lengthComputable && event.total > 0) onProgress?.(event.loaded / event.total);
    });
    request.addEventListener("load", () => resolve(resultOf(request.status, request.response)));
    request.addEventListener("error", () => resolve({ ok: false, message: UNREACHABLE }));
    request.addEventListener("abort", () => resolve({ ok: false, message: UNREACHABLE }));
    request.send(form);
  });
}
