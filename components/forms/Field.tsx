import type { ReactNode } from "react";
import { CONTROL, FIELD_ERROR, HINT } from "@/components/forms/styles";

type ShellProps = {
  id: string;
  label: string;
  error?: string;
  hint?: string;
  children: (describedBy: string | undefined, invalid: boolean) => ReactNode;
};

/** Label, hint and error message around one control, wired up for screen readers; for controls beyond TextField and SelectField. */
export function FieldShell({ id, label, error, hint, children }: ShellProps) {
  const hintId = hint ? `${id}-hint` : undefined;
  const errorId = error ? `${id}-error` : undefined;
  const describedBy = [errorId, hintId].filter(Boolean).join(" ") || undefined;
  return (
    <div className="flex flex-col gap-1">
      <label htmlFor={id} className="text-sm font-semibold">
        {label}
      </label>
      {hint && (
        <p id={hintId} className={HINT}>
          {hint}
        </p>
      )}
      {children(describedBy, Boolean(error))}
      {error && (
        <p id={errorId} className={FIELD_ERROR}>
          {error}
        </p>
      )}
    </div>
  );
}

type TextFieldProps = {
  name: string;
  label: string;
  type?: "text" | "email" | "password" | "search" | "url";
  defaultValue?: string;
  error?: string;
  hint?: string;
  autoComplete?: string;
  required?: boolean;
  maxLength?: number;
  id?: string;
};

export function TextField({
  name,
  label,
  type = "text",
  defaultValue,
  error,
  hint,
  autoComplete,
  required,
  maxLength,
  id = `field-${name}`,
}: TextFieldProps) {
  return (
    <FieldShell id={id} label={label} error={error} hint={hint}>
      {(describedBy, invalid) => (
        <input
          id={id}
          name={name}
          type={type}
          defaultValue={defaultValue}
          autoComplete={autoComplete}
          required={required}
          maxLength={maxLength}
          aria-invalid={invalid || undefined}
          aria-describedby={describedBy}
          className={CONTROL}
        />
      )}
    </FieldShell>
  );
}

type SelectFieldProps = {
  name: string;
  label: string;
  options: readonly { value: string; label: string }[];
  defaultValue?: string;
  error?: string;
  hint?: string;
  id?: string;
};

export function SelectField({
  name,
  label,
  options,
  defaultValue,
  error,
  hint,
  id = `field-${name}`,
}: SelectFieldProps) {
  return (
    <FieldShell id={id} label={label} error={error} hint={hint}>
      {(describedBy, invalid) => (
        // The key makes React apply a new default after the server answers.
        <select
          key={defaultValue}
          id={id}
          name={name}
          defaultValue={defaultValue}
          aria-invalid={invalid || undefined}
          aria-describedby={describedBy}
          className={CONTROL}
        >
          {options.map((option) => (
            <option key={option.value} value={option.value}>
              {option.label}
            </option>
          ))}
        </select>
      )}
    </FieldShell>
  );
}

type TextAreaFieldProps = {
  name: string;
  label: string;
  defaultValue?: string;
  error?: string;
  hint?: string;
  maxLength?: number;
  rows?: number;
  id?: string;
};

export function TextAreaField({
  name,
  label,
  defaultValue,
  error,
  hint,
  maxLength,
  rows = 3,
  id = `field-${name}`,
}: TextAreaFieldProps) {
  return (
    <FieldShell id={id} label={label} error={error} hint={hint}>
      {(describedBy, invalid) => (
        <textarea
          id={id}
          name={name}
          defaultValue={defaultValue}
          maxLength={maxLength}
          rows={rows}
          aria-invalid={invalid || undefined}
          aria-describedby={describedBy}
          className={CONTROL}
        />
      )}
    </FieldShell>
  );
}

/** A checkbox with its label beside it and its message below, sent as "on" when ticked. */
export function CheckboxField({
  name,
  label,
  defaultChecked,
  error,
  id = `field-${name}`,
}: {
  name: string;
  label: string;
  defaultChecked?: boolean;
  error?: string;
  id?: string;
}) {
  const errorId = error ? `${id}-error` : undefined;
  return (
    <div className="flex flex-col gap-1">
      <div className="flex items-center gap-2">
        <input
          id={id}
          name={name}
          type="checkbox"
          defaultChecked={defaultChecked}
          aria-invalid={error ? true : undefined}
          aria-describedby={errorId}
          className="size-5"
        />
        <label htmlFor={id} className="text-sm font-semibold">
          {label}
        </label>
      </div>
      {error && (
        <p id={errorId} className={FIELD_ERROR}>
          {error}
        </p>
      )}
    </div>
  );
}
