"use client";

import { type SessionRow, SessionsTable } from "@/components/account/SessionsTable";
import { ActionForm } from "@/components/forms/ActionForm";
import { SubmitButton } from "@/components/forms/SubmitButton";
import { endOtherSessionsAction, endSessionAction } from "@/lib/sessions/actions";

/** Your sessions, each but this one with its own "Sign out"; the answer shows above the table. */
export function YourSessionsForm({ rows }: { rows: readonly SessionRow[] }) {
  return (
    <ActionForm serverAction={endSessionAction} hidden={{}} label="Your sessions">
      {() => <SessionsTable rows={rows} caption="Your active sessions" signOut />}
    </ActionForm>
  );
}

export function EndOtherSessionsForm() {
  return (
    <ActionForm serverAction={endOtherSessionsAction} hidden={{}} label="Other sessions">
      {() => (
        <SubmitButton variant="secondary" pendingLabel="Signing out…">
          Sign out everywhere else
        </SubmitButton>
      )}
    </ActionForm>
  );
}
