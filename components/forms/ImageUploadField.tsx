"use client";

import { useState } from "react";
import { ImageFileInput } from "@/components/editor/ImageFileInput";
import { uploadImageFile } from "@/components/editor/upload-image";
import { BUTTON, HINT } from "@/components/forms/styles";

export type UploadedPicture = { id: string; src: string } | null;

/**
 * An image for a form (a byline's photo, the site's logo): uploaded at once to
 * /api/media, kept by its id in a hidden field named `name`, shown as a preview.
 */
export function ImageUploadField({
  name,
  label,
  picture,
  onChange,
  error,
}: {
  name: string;
  label: string;
  picture: UploadedPicture;
  onChange: (picture: UploadedPicture) => void;
  error?: string;
}) {
  const [uploading, setUploading] = useState(false);
  const [uploadError, setUploadError] = useState<string>();
  const upload = async (file: File | null) => {
    if (!file) return;
    setUploading(true);
    setUploadError(undefined);
    const result = await uploadImageFile(file, "");
    setUploading(false);
    if (result.ok) onChange({ id: result.image.id, src: result.image.src });
    else setUploadError(result.message);
  };
  return (
    <div className="flex flex-col gap-2">
      <input type="hidden" name={name} value={picture?.id ?? ""} />
      {picture ? (
        <>
          {/* Where the picture is shown, text beside it says what it shows; the preview would only repeat it. */}
          <img src={picture.src} alt="" className="max-h-32 w-auto max-w-48 rounded object-contain" />
          <button type="button" className={BUTTON.small} onClick={() => onChange(null)}>
            Remove {label.toLowerCase()}
          </button>
        </>
      ) : (
        <p className={HINT}>No {label.toLowerCase()}.</p>
      )}
      <ImageFileInput
        label={label}
        error={uploadError ?? error}
        onChange={(file) => void upload(file)}
        disabled={uploading}
      />
      {uploading && <p role="status">Uploading the {label.toLowerCase()}…</p>}
    </div>
  );
}
