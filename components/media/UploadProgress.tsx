"use client";

import { useId } from "react";
import type { UploadState } from "@/components/media/use-image-upload";

/**
 * A labelled progress bar while an image uploads, left full once it is done.
 * The status line speaks only at the start and the end; the bar carries the
 * percentage for whoever looks it up.
 */
export function UploadProgress({ state }: { state: UploadState }) {
  const id = useId();
  if (state.phase !== "uploading" && state.phase !== "done") return null;
  const percent = Math.round(state.fraction * 100);
  return (
    <div className="flex w-full flex-col gap-1">
      <label htmlFor={id} className="text-sm font-semibold">
        Upload progress
      </label>
      <progress
        id={id}
        max={1}
        value={state.fraction}
        className="h-3 w-full accent-neutral-900 dark:accent-neutral-100"
      >
        {percent}%
      </progress>
      <p role="status" className="text-sm">
        {state.phase === "done" ? `${state.fileName} is uploaded.` : `Uploading ${state.fileName}…`}
      </p>
    </div>
  );
}
