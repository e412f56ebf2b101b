"use client";

import { useActionState } from "react";
import { TextField } from "@/components/forms/Field";
import { FormMessage } from "@/components/forms/FormMessage";
import { SubmitButton } from "@/components/forms/SubmitButton";
import { NewPasswordFields } from "@/components/staff/NewPasswordFields";
import { changePasswordAction } from "@/lib/auth/actions";
import { INITIAL_FORM_STATE } from "@/lib/forms/form-state";

export function ChangePasswordForm() {
  const [state, action] = useActionState(changePasswordAction, INITIAL_FORM_STATE);
  return (
    <form action={action} noValidate className="flex max-w-md flex-col gap-4">
      <FormMessage state={state} />
      <TextField
        name="currentPassword"
        label="Current password"
        type="password"
        autoComplete="current-password"
        required
        error={state.fieldErrors?.currentPassword}
      />
      <NewPasswordFields errors={state.fieldErrors} />
      <SubmitButton pendingLabel="Changing password…">Change password</SubmitButton>
    </form>
  );
}
