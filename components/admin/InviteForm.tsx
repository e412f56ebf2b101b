"use client";

import { useActionState } from "react";
import { LinkBox } from "@/components/admin/LinkBox";
import { SelectField, TextField } from "@/components/forms/Field";
import { FormMessage } from "@/components/forms/FormMessage";
import { SubmitButton } from "@/components/forms/SubmitButton";
import { INITIAL_FORM_STATE } from "@/lib/forms/form-state";
import { inviteUserAction } from "@/lib/users/actions";
import { NAME_MAX_LENGTH, ROLE_OPTIONS } from "@/lib/users/fields";

export function InviteForm() {
  const [state, action] = useActionState(inviteUserAction, INITIAL_FORM_STATE);
  return (
    <div className="flex max-w-xl flex-col gap-6">
      <form action={action} noValidate className="flex flex-col gap-4">
        <FormMessage state={state} />
        <TextField
          name="email"
          label="Email"
          type="email"
          autoComplete="off"
          required
          defaultValue={state.values?.email}
          error={state.fieldErrors?.email}
        />
        <TextField
          name="name"
          label="Name"
          autoComplete="off"
          required
          maxLength={NAME_MAX_LENGTH}
          defaultValue={state.values?.name}
          error={state.fieldErrors?.name}
        />
        <SelectField
          name="role"
          label="Role"
          options={ROLE_OPTIONS}
          defaultValue={state.values?.role ?? "WRITER"}
          error={state.fieldErrors?.role}
        />
        <SubmitButton pendingLabel="Inviting…">Invite user</SubmitButton>
      </form>
      {state.link && <LinkBox label="Invitation link" url={state.link} />}
    </div>
  );
}
