import { z } from "zod";
import type { FormState } from "@/components/forms/form-state";
import { ForbiddenError } from "@/lib/auth/policy";

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

export function success(message: string, extra: Pick<FormState, "link" | "values"> = {}): FormState {
  return { status: "success", message, ...extra };
}

export const NO_PERMISSION_MESSAGE = "You do not have permission to do that. Ask an administrator if you need it.";

/**
 * Runs the body of a server action and turns a refusal by the policy into a
 * message for the form, instead of an error page. Other errors (and Next's
 * redirects) pass through.
 */
export async function refusingGracefully(
  run: () => Promise<FormState>,
  values?: Record<string, string>,
): Promise<FormState> {
  try {
    return await run();
  } catch (error) {
    if (error instanceof ForbiddenError) return failure(NO_PERMISSION_MESSAGE, values);
    throw error;
  }
}
