"use client";

import { useActionState } from "react";
import { AuthenticationCodeField } from "@/components/account/TwoFactorCodeField";
import { TextField } from "@/components/forms/Field";
import { FormMessage } from "@/components/forms/FormMessage";
import { SubmitButton } from "@/components/forms/SubmitButton";
import { INITIAL_FORM_STATE } from "@/lib/forms/form-state";
import { turnOffTwoFactorAction } from "@/lib/two-factor/actions";

/** Turning two-factor sign-in off takes the password and a code, so a borrowed session cannot. */
export function TwoFactorTurnOffForm() {
  const [state, action] = useActionState(turnOffTwoFactorAction, INITIAL_FORM_STATE);
  return (
    <form
      action={action}
      noValidate
      aria-label="Turn off two-factor authentication"
      className="flex max-w-md flex-col gap-4"
    >
      <FormMessage state={state} />
      <TextField
        name="currentPassword"
        id="two-factor-current-password"
        label="Current password"
        type="password"
        autoComplete="current-password"
        required
        error={state.fieldErrors?.currentPassword}
      />
      <AuthenticationCodeField
        recoveryCodes
        hint="From your authenticator app, or one of your recovery codes."
        error={state.fieldErrors?.code}
      />
      <div>
        <SubmitButton variant="danger" pendingLabel="Turning off…">
          Turn off two-factor authentication
        </SubmitButton>
      </div>
    </form>
  );
}
