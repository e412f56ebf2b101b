"use client";

import { FieldShell } from "@/components/forms/Field";
import { CONTROL } from "@/components/forms/styles";

type TextInputProps = {
  id: string;
  label: string;
  value: string;
  onChange: (value: string) => void;
  error?: string;
  hint?: string;
  multiline?: boolean;
  type?: "text" | "url" | "datetime-local";
  /** Shown but not editable: the text stays selectable, to copy. */
  readOnly?: boolean;
};

/** A controlled text box (or text area) with its label, hint and error. */
export function TextInput({
  id,
  label,
  value,
  onChange,
  error,
  hint,
  multiline,
  type = "text",
  readOnly,
}: TextInputProps) {
  return (
    <FieldShell id={id} label={label} hint={hint} error={error}>
      {(describedBy, invalid) =>
        multiline ? (
          <textarea
            id={id}
            className={`${CONTROL} min-h-20`}
            value={value}
            onChange={(event) => onChange(event.target.value)}
            aria-describedby={describedBy}
            aria-invalid={invalid}
            readOnly={readOnly}
            rows={3}
          />
        ) : (
          <input
            id={id}
            type={type}
            className={CONTROL}
            value={value}
            onChange={(event) => onChange(event.target.value)}
            aria-describedby={describedBy}
            aria-invalid={invalid}
            readOnly={readOnly}
          />
        )
      }
    </FieldShell>
  );
}

/** "42 of 60 characters", with a warning past the length search engines show. */
export function lengthHint(length: number, advised: number): string {
  return `${length} of ${advised} characters${length > advised ? ": search engines will cut it short" : ""}`;
}
