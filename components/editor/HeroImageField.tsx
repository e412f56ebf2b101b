"use client";

import { useState } from "react";
import { TextInput } from "@/components/editor/Field";
import { ImageFileInput } from "@/components/editor/ImageFileInput";
import { BUTTON, GROUP, HINT, LEGEND } from "@/components/forms/styles";
import { type ChosenImage, MediaLibraryPicker } from "@/components/media/MediaLibraryPicker";
import { UploadProgress } from "@/components/media/UploadProgress";
import { useImageUpload } from "@/components/media/use-image-upload";

export type HeroValues = { heroMediaId: string; heroAlt: string; heroCaption: string; heroCredit: string };

type Props = {
  values: HeroValues;
  preview: string | null;
  onChange: (values: Partial<HeroValues>, preview?: string | null) => void;
  errors: Partial<Record<keyof HeroValues, string>>;
};

/**
 * The picture at the top of the story: uploaded at once or chosen from the
 * library, described by its alt text. A library image brings the library's
 * words, which the story may change for itself.
 */
export function HeroImageField({ values, preview, onChange, errors }: Props) {
  const { state, upload, uploading } = useImageUpload();
  const [uploadError, setUploadError] = useState<string>();

  const uploadFile = async (file: File | null) => {
    if (!file) return;
    setUploadError(undefined);
    const result = await upload(file, values.heroAlt);
    if (result.ok) onChange({ heroMediaId: result.image.id }, result.image.src);
    else setUploadError(result.message);
  };

  const choose = (image: ChosenImage) => {
    setUploadError(undefined);
    onChange(
      {
        heroMediaId: image.id,
        heroAlt: image.alt || values.heroAlt,
        heroCaption: image.caption || values.heroCaption,
        heroCredit: image.credit || values.heroCredit,
      },
      image.src,
    );
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
        onChange={(file) => void uploadFile(file)}
        disabled={uploading}
      />
      <UploadProgress state={state} />
      <MediaLibraryPicker onChoose={choose} />
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
