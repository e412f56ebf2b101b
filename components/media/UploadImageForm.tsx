"use client";

import Link from "next/link";
import { useRouter } from "next/navigation";
import { useState } from "react";
import { ClientForm } from "@/components/editor/ClientForm";
import { ImageFileInput } from "@/components/editor/ImageFileInput";
import { BUTTON } from "@/components/forms/styles";
import { UploadProgress } from "@/components/media/UploadProgress";
import { useImageUpload } from "@/components/media/use-image-upload";

/** The library's "Upload image": sends the file with a progress bar, then offers to describe it. */
export function UploadImageForm() {
  const router = useRouter();
  const [file, setFile] = useState<File | null>(null);
  const [error, setError] = useState<string>();
  const [uploaded, setUploaded] = useState<{ id: string; name: string } | null>(null);
  const { state, upload, uploading } = useImageUpload();

  const submit = async () => {
    setUploaded(null);
    if (!file) {
      setError("Choose an image file.");
      return;
    }
    setError(undefined);
    const result = await upload(file, "");
    if (!result.ok) {
      setError(result.message);
      return;
    }
    setUploaded({ id: result.image.id, name: file.name });
    router.refresh();
  };

  return (
    <ClientForm onSubmit={() => void submit()}>
      <ImageFileInput label="Image file" error={error} onChange={setFile} disabled={uploading} />
      <div>
        <button type="submit" className={BUTTON.primary} disabled={uploading}>
          Upload image
        </button>
      </div>
      <UploadProgress state={state} />
      {uploaded && (
        <p>
          <Link href={`/editor/media/${uploaded.id}`} className="font-semibold underline">
            Describe {uploaded.name}: alt text, caption and credit
          </Link>
        </p>
      )}
    </ClientForm>
  );
}
