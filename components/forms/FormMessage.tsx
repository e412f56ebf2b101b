import type { FormState } from "@/lib/forms/form-state";

/** The form-level message of a FormState: announced at once for errors, politely for successes. */
export function FormMessage({ state }: { state: FormState }) {
  if (!state.message) return null;
  if (state.status === "error") {
    return (
      <p
        role="alert"
        className="rounded border border-red-700 bg-red-50 px-3 py-2 text-sm font-semibold text-red-800 dark:border-red-300 dark:bg-red-950 dark:text-red-200"
      >
        {state.message}
      </p>
    );
  }
  return (
    <p
      role="status"
      className="rounded border border-green-700 bg-green-50 px-3 py-2 text-sm font-semibold text-green-900 dark:border-green-300 dark:bg-green-950 dark:text-green-100"
    >
      {state.message}
    </p>
  );
}
