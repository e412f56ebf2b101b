"use client";

import { useActionState } from "react";
import { LinkBox } from "@/components/admin/LinkBox";
import { ActionForm } from "@/components/forms/ActionForm";
import { CheckboxField, TextField } from "@/components/forms/Field";
import { FormMessage } from "@/components/forms/FormMessage";
import { SubmitButton } from "@/components/forms/SubmitButton";
import { createApiKeyAction, revokeApiKeyAction } from "@/lib/content-api/actions";
import { API_KEY_NAME_MAX_LENGTH } from "@/lib/content-api/key-schemas";
import { INITIAL_FORM_STATE } from "@/lib/forms/form-state";

export function NewApiKeyForm() {
  const [state, action] = useActionState(createApiKeyAction, INITIAL_FORM_STATE);
  return (
    <div className="flex max-w-xl flex-col gap-6">
      <form action={action} noValidate aria-label="New API key" className="flex flex-col gap-4">
        <FormMessage state={state} />
        <TextField
          name="name"
          label="Name"
          hint="Who or what will use it, such as “Mobile app” or “Partner: Example Daily”."
          autoComplete="off"
          required
          maxLength={API_KEY_NAME_MAX_LENGTH}
          defaultValue={state.status === "success" ? "" : state.values?.name}
          error={state.fieldErrors?.name}
        />
        <SubmitButton pendingLabel="Creating…">Create key</SubmitButton>
      </form>
      {state.secret && <LinkBox label="API key" url={state.secret} copyLabel="Copy key" />}
    </div>
  );
}

export function RevokeApiKeyForm({ id, name }: { id: string; name: string }) {
  return (
    <ActionForm serverAction={revokeApiKeyAction} hidden={{ keyId: id }} label={`Revoke ${name}`}>
      {(state) => (
        <>
          <CheckboxField name="confirm" label={`Yes, revoke ${name}`} error={state.fieldErrors?.confirm} />
          <SubmitButton variant="danger" pendingLabel="Revoking…">
            Revoke key
          </SubmitButton>
        </>
      )}
    </ActionForm>
  );
}
