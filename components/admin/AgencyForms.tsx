"use client";

import { ActionForm } from "@/components/forms/ActionForm";
import { TextAreaField, TextField } from "@/components/forms/Field";
import { SubmitButton } from "@/components/forms/SubmitButton";
import { mergeAgencyAction, saveAgencyAction } from "@/lib/authors/actions";
import { PROFILE_LIMITS } from "@/lib/authors/schema";

type Agency = { id: string; name: string; bio: string; url: string | null };

export function AgencyForm({ agency }: { agency: Agency }) {
  return (
    <ActionForm serverAction={saveAgencyAction} hidden={{ authorId: agency.id }} label="Agency">
      {(state) => (
        <>
          <TextField
            name="name"
            label="Name"
            maxLength={PROFILE_LIMITS.name}
            defaultValue={state.values?.name ?? agency.name}
            error={state.fieldErrors?.name}
          />
          <TextAreaField
            name="bio"
            label="Description"
            hint="Shown on the agency's author page."
            maxLength={PROFILE_LIMITS.bio}
            defaultValue={state.values?.bio ?? agency.bio}
            error={state.fieldErrors?.bio}
          />
          <TextField
            name="url"
            label="Website"
            defaultValue={state.values?.url ?? agency.url ?? ""}
            error={state.fieldErrors?.url}
          />
          <SubmitButton pendingLabel="Saving…">Save agency</SubmitButton>
        </>
      )}
    </ActionForm>
  );
}

export function MergeAgencyForm({ agency }: { agency: Agency }) {
  return (
    <ActionForm serverAction={mergeAgencyAction} hidden={{ authorId: agency.id }} label="Merge the agency">
      {(state) => (
        <>
          <TextField
            name="into"
            label="Merge into"
            hint={`The name of the agency that replaces ${agency.name} in its stories' bylines.`}
            maxLength={PROFILE_LIMITS.name}
            defaultValue={state.values?.into ?? ""}
            error={state.fieldErrors?.into}
          />
          <SubmitButton variant="secondary" pendingLabel="Merging…">
            Merge agency
          </SubmitButton>
        </>
      )}
    </ActionForm>
  );
}
