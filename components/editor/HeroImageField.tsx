"use client";

import { useState } from "react";
import { TextInput } from "@/components/editor/Field";
import { ImageFileInput } from "@/components/editor/ImageFileInput";
import { uploadImageFile } from "@/components/editor/upload-image";
import { BUTTON, GROUP, HINT, LEGEND } from "@/components/forms/styles";

export type HeroValues = { heroMediaId: string; heroAlt: string; heroCaption: string; heroCredit: string };

type Props = {
  values: HeroValues;
  preview: string | null;
  onChange: (values: Partial<HeroValues>, preview?: string | null) => void;
  errors: Partial<Record<keyof HeroValues, string>>;
};

/** The picture at the top of the story: uploaded at once, described by its alt text. */
export function HeroImageField({ values, preview, onChange, errors }: Props) {
  const [uploading, setUploading] = useState(false);
  const [uploadError, setUploadError] = useState<string>();

  const upload = async (file: File | null) => {
    if (!file) return;
    setUploading(true);
    setUploadError(undefined);
    const result = await uploadImageFile(file, values.heroAlt);
    setUploading(false);
    if (result.ok) onChange({ heroMediaId: result.image.id }, result.image.src);
    else setUploadError(result.message);
  };

  return (
    <fieldset className={GROUP}>
      <legend className={LEGEND}>Hero image</legend>
      {preview && values.heroMediaId ? (
        <div className="flex flex-col gap-2">
          {/* The alt text is typed below; the preview itself would only repeat it. */}
          <img src={preview} alt="" className="h-auto max-h-48 w-full rounded object-cover" />
          <button type="button" className={BUTTON.small} onClick={() => onChange({ heroMediaId: "" }, null)}>
            Remove hero image
          </button>
        </div>
      ) : (
        <p className={HINT}>No hero image.</p>
      )}
      <ImageFileInput
        label="Hero image file"
        error={uploadError ?? errors.heroMediaId}
        onChange={(file) => void upload(file)}
        disabled={uploading}
      />
      {uploading && <p role="status">Uploading the image…</p>}
      <TextInput
        id="field-heroAlt"
        label="Alt text"
        value={values.heroAlt}
        onChange={(heroAlt) => onChange({ heroAlt })}
        error={errors.heroAlt}
        hint="Required with an image: what it shows, for readers who cannot see it."
      />
      <TextInput
        id="field-heroCaption"
        label="Caption"
        value={values.heroCaption}
        onChange={(heroCaption) => onChange({ heroCaption })}
        error={errors.heroCaption}
      />
      <TextInput
        id="field-heroCredit"
        label="Credit"
        value={values.heroCredit}
        onChange={(heroCredit) => onChange({ heroCredit })}
        error={errors.heroCredit}
        hint="Who made or supplied it, such as Kremlin.ru."
      />
    </fieldset>
  );
}
