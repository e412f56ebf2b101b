import type { ReactNode } from "react";

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
        <p id={hintId} className="text-sm text-neutral-600 dark:text-neutral-400">
          {hint}
        </p>
      )}
      {children(describedBy, Boolean(error))}
      {error && (
        <p id={errorId} className="text-sm font-semibold text-red-700 dark:text-red-300">
          {error}
        </p>
      )}
    </div>
  );
}

const CONTROL =
  "min-h-10 rounded border border-neutral-400 bg-white px-3 py-2 text-base text-neutral-900 aria-invalid:border-red-700 dark:border-neutral-600 dark:bg-neutral-900 dark:text-neutral-100 dark:aria-invalid:border-red-300";

type TextFieldProps = {
  name: string;
  label: string;
  type?: "text" | "email" | "password" | "search";
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
