"use client";

import type { Editor } from "@tiptap/core";
import { useId, useState } from "react";
import { ClientForm } from "@/components/editor/ClientForm";
import { TextInput } from "@/components/editor/Field";
import { ImageFileInput } from "@/components/editor/ImageFileInput";
import { BUTTON } from "@/components/forms/styles";
import { type ChosenImage, MediaLibraryPicker } from "@/components/media/MediaLibraryPicker";
import { UploadProgress } from "@/components/media/UploadProgress";
import { useImageUpload } from "@/components/media/use-image-upload";

type Picture = { mediaId: string; src: string; name: string };

/**
 * Places an image in the body with its alt text, caption and credit (in the
 * body's "Image" dialog): a new file, uploaded on "Insert image", or one
 * chosen from the library, which brings the library's words for it.
 */
export function ImageForm({ editor, onDone }: { editor: Editor; onDone: () => void }) {
  const ids = { alt: useId(), caption: useId(), credit: useId() };
  const [file, setFile] = useState<File | null>(null);
  const [chosen, setChosen] = useState<Picture | null>(null);
  const [text, setText] = useState({ alt: "", caption: "", credit: "" });
  const [errors, setErrors] = useState<{ file?: string; alt?: string }>({});
  const { state, upload, uploading } = useImageUpload();

  const choose = (image: ChosenImage) => {
    setChosen({ mediaId: image.id, src: image.src, name: image.originalName || image.alt || "the chosen image" });
    setText({
      alt: image.alt || text.alt,
      caption: image.caption || text.caption,
      credit: image.credit || text.credit,
    });
    setErrors({});
  };

  const picture = async (alt: string): Promise<Picture | null> => {
    if (chosen) return chosen;
    if (!file) return null;
    const result = await upload(file, alt);
    if (result.ok) return { mediaId: result.image.id, src: result.image.src, name: file.name };
    setErrors({ file: result.message });
    return null;
  };

  const insert = async () => {
    const alt = text.alt.trim();
    const problems = {
      file: file || chosen ? undefined : "Choose an image file, or an image from the library.",
      alt: alt ? undefined : "Alt text is required: describe what the image shows.",
    };
    setErrors(problems);
    if (problems.file || problems.alt) return;
    const placed = await picture(alt);
    if (!placed) return;
    const attrs = {
      mediaId: placed.mediaId,
      src: placed.src,
      alt,
      caption: text.caption.trim(),
      credit: text.credit.trim(),
    };
    editor.chain().focus().insertContent({ type: "image", attrs }).run();
    onDone();
  };

  const textField = (key: keyof typeof text, label: string) => (
    <TextInput
      id={ids[key]}
      label={label}
      value={text[key]}
      onChange={(value) => setText({ ...text, [key]: value })}
      error={key === "alt" ? errors.alt : undefined}
    />
  );

  return (
    <div className="flex flex-col gap-4">
      <MediaLibraryPicker onChoose={choose} />
      <ClientForm onSubmit={() => void insert()}>
        {chosen ? (
          <div className="flex items-center gap-3">
            {/* The alt text below says what it shows; the preview would only repeat it. */}
            <img src={chosen.src} alt="" className="h-16 w-auto rounded" />
            <p className="flex-1 text-sm">From the library: {chosen.name}</p>
            <button type="button" className={BUTTON.small} onClick={() => setChosen(null)}>
              Upload a file instead
            </button>
          </div>
        ) : (
          <ImageFileInput label="Image file" error={errors.file} onChange={setFile} disabled={uploading} />
        )}
        <UploadProgress state={state} />
        {textField("alt", "Alt text")}
        {textField("caption", "Caption")}
        {textField("credit", "Credit")}
        <button type="submit" className={BUTTON.primary} disabled={uploading}>
          {uploading ? "Uploading…" : "Insert image"}
        </button>
      </ClientForm>
    </div>
  );
}
