"use client";

import { useActionState } from "react";
import { FormMessage } from "@/components/forms/FormMessage";
import { SubmitButton } from "@/components/forms/SubmitButton";
import { NewPasswordFields } from "@/components/staff/NewPasswordFields";
import { type FormState, INITIAL_FORM_STATE } from "@/lib/forms/form-state";

type Props = {
  token: string;
  action: (previous: FormState, formData: FormData) => Promise<FormState>;
};

/** Choosing a password through an invitation or reset link. */
export function SetPasswordForm({ token, action: setPassword }: Props) {
  const [state, action] = useActionState(setPassword, INITIAL_FORM_STATE);
  return (
    <form action={action} noValidate className="flex flex-col gap-4">
      <FormMessage state={state} />
      <input type="hidden" name="token" value={token} />
      <NewPasswordFields errors={state.fieldErrors} />
      <SubmitButton pendingLabel="Saving…">Set password and sign in</SubmitButton>
    </form>
  );
}
