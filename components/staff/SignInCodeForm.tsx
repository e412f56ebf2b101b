"use client";

import Link from "next/link";
import { useActionState } from "react";
import { TextField } from "@/components/forms/Field";
import { FormMessage } from "@/components/forms/FormMessage";
import { SubmitButton } from "@/components/forms/SubmitButton";
import { verifySignInCodeAction } from "@/lib/auth/actions";
import { loginPath } from "@/lib/auth/next-path";
import { INITIAL_FORM_STATE } from "@/lib/forms/form-state";

/** The second step of signing in, after a password accepted for an account with two-factor sign-in. */
export function SignInCodeForm({ next }: { next?: string }) {
  const [state, action] = useActionState(verifySignInCodeAction, INITIAL_FORM_STATE);
  return (
    <form action={action} noValidate className="flex flex-col gap-4">
      <FormMessage state={state} />
      {next && <input type="hidden" name="next" value={next} />}
      <TextField
        name="code"
        label="Authentication code"
        autoComplete="one-time-code"
        hint="The six-digit code your authenticator app shows now, or one of your recovery codes."
        required
        maxLength={64}
        error={state.fieldErrors?.code}
      />
      <SubmitButton pendingLabel="Verifying…">Verify</SubmitButton>
      <Link href={loginPath({ next })} className="text-sm underline">
        Sign in as someone else
      </Link>
    </form>
  );
}
