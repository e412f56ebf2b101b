"use client";

import { useState } from "react";
import { type UploadResult, uploadImageFile } from "@/components/editor/upload-image";

export type UploadState =
  | { phase: "idle" }
  | { phase: "uploading" | "done"; fileName: string; fraction: number }
  | { phase: "failed"; fileName: string };

/** An image upload with how far it has got, for <UploadProgress>. */
export function useImageUpload() {
  const [state, setState] = useState<UploadState>({ phase: "idle" });
  const upload = async (file: File, alt: string): Promise<UploadResult> => {
    const fileName = file.name;
    setState({ phase: "uploading", fileName, fraction: 0 });
    const result = await uploadImageFile(file, alt, (fraction) => setState({ phase: "uploading", fileName, fraction }));
    setState(result.ok ? { phase: "done", fileName, fraction: 1 } : { phase: "failed", fileName });
    return result;
  };
  return { state, upload, uploading: state.phase === "uploading" };
}
