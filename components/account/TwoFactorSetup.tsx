"use client";

import { useActionState } from "react";
import { AuthenticationCodeField } from "@/components/account/TwoFactorCodeField";
import { TwoFactorRecoveryCodes } from "@/components/account/TwoFactorRecoveryCodes";
import { FormMessage } from "@/components/forms/FormMessage";
import { SubmitButton } from "@/components/forms/SubmitButton";
import { HINT } from "@/components/forms/styles";
import { INITIAL_FORM_STATE } from "@/lib/forms/form-state";
import { cancelTwoFactorSetupAction, verifyTwoFactorSetupAction } from "@/lib/two-factor/actions";

/**
 * A set-up in progress: the QR code and the same secret as a setup key, then
 * a code from the app to prove it has them. On success, the recovery codes
 * take the set-up's place, once.
 */
export function TwoFactorSetup({ setupKey, qrCode }: { setupKey: string; qrCode: string }) {
  const [state, verify] = useActionState(verifyTwoFactorSetupAction, INITIAL_FORM_STATE);
  const [, cancel] = useActionState(cancelTwoFactorSetupAction, INITIAL_FORM_STATE);
  if (state.status === "success" && state.codes) {
    return <TwoFactorRecoveryCodes message={state.message ?? ""} codes={state.codes} />;
  }
  return (
    <div className="flex flex-col gap-4">
      <ol className="flex list-decimal flex-col gap-4 pl-5">
        <li>
          <p className="mb-2">
            Open an authenticator app on your phone (such as 1Password, Google Authenticator or Microsoft Authenticator)
            and scan this QR code.
          </p>
          <img
            src={qrCode}
            alt="QR code for adding your account to an authenticator app"
            width={240}
            height={240}
            className="rounded border border-neutral-300 bg-white"
          />
        </li>
        <li className="flex flex-col gap-1">
          <label htmlFor="setup-key" className="text-sm font-semibold">
            Setup key
          </label>
          <p id="setup-key-hint" className={HINT}>
            If you cannot scan the code, type this key into the app instead, as a time-based key.
          </p>
          <input
            id="setup-key"
            readOnly
            value={setupKey}
            aria-describedby="setup-key-hint"
            onFocus={(event) => event.currentTarget.select()}
            className="min-h-10 max-w-md rounded border border-neutral-400 bg-neutral-50 px-3 py-2 font-mono text-sm dark:border-neutral-600 dark:bg-neutral-900"
          />
        </li>
        <li>
          <form action={verify} noValidate className="flex flex-col items-start gap-3">
            <FormMessage state={state} />
            <AuthenticationCodeField
              hint="Enter the six-digit code the app shows for this account."
              error={state.fieldErrors?.code}
            />
            <SubmitButton pendingLabel="Verifying…">Verify</SubmitButton>
          </form>
        </li>
      </ol>
      <form action={cancel}>
        <SubmitButton variant="secondary">Cancel set-up</SubmitButton>
      </form>
    </div>
  );
}
