"use client";

import { LinkBox } from "@/components/admin/LinkBox";
import { ActionForm } from "@/components/forms/ActionForm";
import { SelectField } from "@/components/forms/Field";
import { SubmitButton } from "@/components/forms/SubmitButton";
import type { Role } from "@/lib/generated/prisma/enums";
import { endUserSessionsAction } from "@/lib/sessions/actions";
import { resetTwoFactorAction } from "@/lib/two-factor/admin-actions";
import { changeRoleAction, makeLinkAction, setDisabledAction } from "@/lib/users/actions";
import { ROLE_OPTIONS } from "@/lib/users/fields";

export function RoleForm({ userId, role }: { userId: string; role: Role }) {
  return (
    <ActionForm serverAction={changeRoleAction} hidden={{ userId }}>
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
    </ActionForm>
  );
}

export function AccessForm({ userId, disabled }: { userId: string; disabled: boolean }) {
  return (
    <ActionForm serverAction={setDisabledAction} hidden={{ userId }}>
      {() => (
        <>
          <input type="hidden" name="disabled" value={String(!disabled)} />
          <SubmitButton variant={disabled ? "secondary" : "danger"} pendingLabel="Saving…">
            {disabled ? "Enable account" : "Disable account"}
          </SubmitButton>
        </>
      )}
    </ActionForm>
  );
}

export function OneTimeLinkForm({ userId, invited }: { userId: string; invited: boolean }) {
  return (
    <ActionForm serverAction={makeLinkAction} hidden={{ userId }}>
      {(state) => (
        <>
          <SubmitButton variant="secondary" pendingLabel="Making link…">
            {invited ? "Make a new invitation link" : "Make a password reset link"}
          </SubmitButton>
          {state.link && <LinkBox label={invited ? "Invitation link" : "Password reset link"} url={state.link} />}
        </>
      )}
    </ActionForm>
  );
}

export function EndSessionsForm({ userId }: { userId: string }) {
  return (
    <ActionForm serverAction={endUserSessionsAction} hidden={{ userId }} label="End sessions">
      {() => (
        <SubmitButton variant="danger" pendingLabel="Ending sessions…">
          End all sessions
        </SubmitButton>
      )}
    </ActionForm>
  );
}

export function ResetTwoFactorForm({ userId }: { userId: string }) {
  return (
    <ActionForm serverAction={resetTwoFactorAction} hidden={{ userId }} label="Reset two-factor authentication">
      {() => (
        <SubmitButton variant="danger" pendingLabel="Resetting…">
          Reset two-factor authentication
        </SubmitButton>
      )}
    </ActionForm>
  );
}
