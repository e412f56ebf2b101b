"use client";

import { useActionState } from "react";
import { LinkBox } from "@/components/admin/LinkBox";
import { SelectField } from "@/components/forms/Field";
import { FormMessage } from "@/components/forms/FormMessage";
import { SubmitButton } from "@/components/forms/SubmitButton";
import { type FormState, INITIAL_FORM_STATE } from "@/lib/forms/form-state";
import type { Role } from "@/lib/generated/prisma/enums";
import { changeRoleAction, makeLinkAction, setDisabledAction } from "@/lib/users/actions";
import { ROLE_OPTIONS } from "@/lib/users/fields";

type ServerAction = (previous: FormState, formData: FormData) => Promise<FormState>;

/** One small form about one user: the user's id in a hidden field, a message above. */
function UserForm({
  userId,
  serverAction,
  children,
}: {
  userId: string;
  serverAction: ServerAction;
  children: (state: FormState) => React.ReactNode;
}) {
  const [state, action] = useActionState(serverAction, INITIAL_FORM_STATE);
  return (
    <form action={action} noValidate className="flex flex-col items-start gap-3">
      <FormMessage state={state} />
      <input type="hidden" name="userId" value={userId} />
      {children(state)}
    </form>
  );
}

export function RoleForm({ userId, role }: { userId: string; role: Role }) {
  return (
    <UserForm userId={userId} serverAction={changeRoleAction}>
      {(state) => (
        <>
          <SelectField
            name="role"
            label="Role"
            options={ROLE_OPTIONS}
            defaultValue={state.values?.role ?? role}
            error={state.fieldErrors?.role}
          />
          <SubmitButton pendingLabel="Changing role…">Change role</SubmitButton>
        </>
      )}
    </UserForm>
  );
}

export function AccessForm({ userId, disabled }: { userId: string; disabled: boolean }) {
  return (
    <UserForm userId={userId} serverAction={setDisabledAction}>
      {() => (
        <>
          <input type="hidden" name="disabled" value={String(!disabled)} />
          <SubmitButton variant={disabled ? "secondary" : "danger"} pendingLabel="Saving…">
            {disabled ? "Enable account" : "Disable account"}
          </SubmitButton>
        </>
      )}
    </UserForm>
  );
}

export function OneTimeLinkForm({ userId, invited }: { userId: string; invited: boolean }) {
  return (
    <UserForm userId={userId} serverAction={makeLinkAction}>
      {(state) => (
        <>
          <SubmitButton variant="secondary" pendingLabel="Making link…">
            {invited ? "Make a new invitation link" : "Make a password reset link"}
          </SubmitButton>
          {state.link && <LinkBox label={invited ? "Invitation link" : "Password reset link"} url={state.link} />}
        </>
      )}
    </UserForm>
  );
}
