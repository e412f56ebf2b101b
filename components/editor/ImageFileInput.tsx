"use client";

import { useId } from "react";
import { FieldShell } from "@/components/forms/Field";
import { CONTROL } from "@/components/forms/styles";

const ACCEPTED = "image/jpeg,image/png,image/webp,image/avif";

/** A file picker for images; the server checks the content, this only narrows the chooser. */
export function ImageFileInput({
  label,
  error,
  onChange,
  disabled,
}: {
  label: string;
  error?: string;
  onChange: (file: File | null) => void;
  disabled?: boolean;
}) {
  const id = useId();
  return (
    <FieldShell id={id} label={label} error={error} hint="JPEG, PNG, WebP or AVIF, up to 15 MB.">
      {(describedBy, invalid) => (
        <input
          id={id}
          type="file"
          accept={ACCEPTED}
          className={CONTROL}
          disabled={disabled}
          aria-describedby={describedBy}
          aria-invalid={invalid}
          onChange={(event) => onChange(event.target.files?.[0] ?? null)}
        />
      )}
    </FieldShell>
  );
}
