"use client";

import type { Editor } from "@tiptap/core";
import { useId, useState } from "react";
import { ClientForm } from "@/components/editor/ClientForm";
import { TextInput } from "@/components/editor/Field";
import { ImageFileInput } from "@/components/editor/ImageFileInput";
import { uploadImageFile } from "@/components/editor/upload-image";
import { BUTTON } from "@/components/forms/styles";

/** Uploads an image with its alt text, caption and credit, and places it in the body (in the body's "Image" dialog). */
export function ImageForm({ editor, onDone }: { editor: Editor; onDone: () => void }) {
  const ids = { alt: useId(), caption: useId(), credit: useId() };
  const [file, setFile] = useState<File | null>(null);
  const [text, setText] = useState({ alt: "", caption: "", credit: "" });
  const [errors, setErrors] = useState<{ file?: string; alt?: string }>({});
  const [busy, setBusy] = useState(false);

  const insert = async () => {
    const problems = {
      file: file ? undefined : "Choose an image file.",
      alt: text.alt.trim() ? undefined : "Alt text is required: describe what the image shows.",
    };
    setErrors(problems);
    if (!file || problems.alt) return;
    setBusy(true);
    const result = await uploadImageFile(file, text.alt.trim());
    setBusy(false);
    if (!result.ok) {
      setErrors({ file: result.message });
      return;
    }
    const attrs = {
      mediaId: result.image.id,
      src: result.image.src,
      alt: text.alt.trim(),
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
    <ClientForm onSubmit={() => void insert()}>
      <ImageFileInput label="Image file" error={errors.file} onChange={setFile} />
      {textField("alt", "Alt text")}
      {textField("caption", "Caption")}
      {textField("credit", "Credit")}
      <button type="submit" className={BUTTON.primary} disabled={busy}>
        {busy ? "Uploading…" : "Insert image"}
      </button>
    </ClientForm>
  );
}
