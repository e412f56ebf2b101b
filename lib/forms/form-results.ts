import { z } from "zod";
import type { FormState } from "@/lib/forms/form-state";

// Server-side helpers that build the FormState a server action returns.

/** The text fields of a submission, by name; files and missing fields are left out. */
export function formValues(formData: FormData, names: readonly string[]): Record<string, string> {
  const values: Record<string, string> = {};
  for (const name of names) {
    const value = formData.get(name);
    if (typeof value === "string") values[name] = value;
  }
  return values;
}

/**
 * The form state for input that failed its schema. Messages about hidden
 * fields (ids, tokens), which have no place on screen, become the form's
 * message, so even a tampered request gets a clear answer.
 */
export function invalidInput(
  error: z.ZodError,
  values: Record<string, string>,
  hiddenFields: readonly string[] = [],
): FormState {
  const { formErrors, fieldErrors } = z.flattenError(error);
  const firstPerField = Object.fromEntries(
    Object.entries(fieldErrors as Record<string, string[] | undefined>).flatMap(([field, messages]) =>
      messages?.[0] ? [[field, messages[0]]] : [],
    ),
  );
  const hiddenProblem = hiddenFields.map((field) => firstPerField[field]).find(Boolean);
  return {
    status: "error",
    message: hiddenProblem ?? formErrors[0] ?? "Please correct the fields marked below.",
    fieldErrors: firstPerField,
    values,
  };
}

export function failure(
  message: string,
  values?: Record<string, string>,
  fieldErrors?: Record<string, string>,
): FormState {
  return { status: "error", message, values, fieldErrors };
}

export function success(message: string, extra: Pick<FormState, "link" | "secret" | "values"> = {}): FormState {
  return { status: "success", message, ...extra };
}
