"use client";

import type { ReactNode } from "react";
import { CONTROL, FIELD_ERROR, HINT } from "@/components/editor/styles";

type Props = {
  id: string;
  label: string;
  hint?: ReactNode;
  error?: string;
  children: (describedBy: string | undefined, invalid: boolean) => ReactNode;
};

/** Label, hint and error message around one editor control, wired up for screen readers. */
export function Field({ id, label, hint, error, children }: Props) {
  const hintId = hint ? `${id}-hint` : undefined;
  const errorId = error ? `${id}-error` : undefined;
  const describedBy = [errorId, hintId].filter(Boolean).join(" ") || undefined;
  return (
    <div className="flex flex-col gap-1">
      <label htmlFor={id} className="text-sm font-semibold">
        {label}
      </label>
      {children(describedBy, Boolean(error))}
      {hint && (
        <p id={hintId} className={HINT}>
          {hint}
        </p>
      )}
      {error && (
        <p id={errorId} className={FIELD_ERROR}>
          {error}
        </p>
      )}
    </div>
  );
}

/** "42 of 60 characters", and a warning past the advised length. */
export function LengthCounter({ length, advised }: { length: number; advised: number }) {
  return (
    <span className={length > advised ? "font-semibold text-amber-800 dark:text-amber-300" : undefined}>
      {length} of {advised} characters{length > advised ? ": search engines will cut it short" : ""}
    </span>
  );
}

type TextInputProps = {
  id: string;
  label: string;
  value: string;
  onChange: (value: string) => void;
  error?: string;
  hint?: ReactNode;
  multiline?: boolean;
  type?: "text" | "url" | "datetime-local";
  /** Lets a datetime-local take seconds when typed. */
  step?: number;
};

/** A controlled text box (or text area) with its label, hint and error. */
export function TextInput({ id, label, value, onChange, error, hint, multiline, type = "text", step }: TextInputProps) {
  return (
    <Field id={id} label={label} hint={hint} error={error}>
      {(describedBy, invalid) =>
        multiline ? (
          <textarea id={id} className={`${CONTROL} min-h-20`} value={value} onChange={(event) => onChange(event.target.value)} aria-describedby={describedBy} aria-invalid={invalid} rows={3} />
        ) : (
          <input id={id} type={type} step={step} className={CONTROL} value={value} onChange={(event) => onChange(event.target.value)} aria-describedby={describedBy} aria-invalid={invalid} />
        )
      }
    </Field>
  );
}
