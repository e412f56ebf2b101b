"use client";

import { type ReactNode, useActionState } from "react";
import { FormMessage } from "@/components/forms/FormMessage";
import { type FormState, INITIAL_FORM_STATE } from "@/lib/forms/form-state";

export type ServerFormAction = (previous: FormState, formData: FormData) => Promise<FormState>;

/**
 * One small form about one thing (a user, a section): its ids in hidden
 * fields, the server's message above, and the fields, which get the form's
 * state so they keep what was typed and show their own messages.
 */
export function ActionForm({
  serverAction,
  hidden,
  label,
  children,
}: {
  serverAction: ServerFormAction;
  hidden: Record<string, string>;
  /** The form's accessible name, when a page has several alike. */
  label?: string;
  children: (state: FormState) => ReactNode;
}) {
  const [state, action] = useActionState(serverAction, INITIAL_FORM_STATE);
  return (
    <form action={action} noValidate aria-label={label} className="flex flex-col items-start gap-3">
      <FormMessage state={state} />
      {Object.entries(hidden).map(([name, value]) => (
        <input key={name} type="hidden" name={name} value={value} />
      ))}
      {children(state)}
    </form>
  );
}
