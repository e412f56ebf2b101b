"use client";

import { useActionState } from "react";
import { FormMessage } from "@/components/forms/FormMessage";
import { SubmitButton } from "@/components/forms/SubmitButton";
import { INITIAL_FORM_STATE } from "@/lib/forms/form-state";
import { startTwoFactorSetupAction } from "@/lib/two-factor/actions";

/** Starts the set-up; the page then shows the QR code (see TwoFactorSetup). */
export function TwoFactorStartButton() {
  const [state, action] = useActionState(startTwoFactorSetupAction, INITIAL_FORM_STATE);
  return (
    <form action={action} className="flex flex-col items-start gap-3">
      {state.status === "error" && <FormMessage state={state} />}
      <SubmitButton pendingLabel="Setting up…">Set up two-factor authentication</SubmitButton>
    </form>
  );
}
