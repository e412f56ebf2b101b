"use client";

import { ActionForm } from "@/components/forms/ActionForm";
import { CheckboxField, TextField } from "@/components/forms/Field";
import { SubmitButton } from "@/components/forms/SubmitButton";
import { FIELD_LIMITS } from "@/lib/articles/schema";
import { deleteTagAction, mergeTagAction, renameTagAction } from "@/lib/tags/actions";

type TagFields = { id: string; name: string; slug: string };

export function RenameTagForm({ tag }: { tag: TagFields }) {
  return (
    <ActionForm serverAction={renameTagAction} hidden={{ tagId: tag.id }} label="Rename the tag">
      {(state) => (
        <>
          <TextField
            name="name"
            label="Name"
            maxLength={FIELD_LIMITS.tag}
            defaultValue={state.values?.name ?? tag.name}
            error={state.fieldErrors?.name}
          />
          <TextField
            name="slug"
            label="Slug"
            hint="The tag's address: /tags/slug. Its old address will lead to the new one."
            defaultValue={state.values?.slug ?? tag.slug}
            error={state.fieldErrors?.slug}
          />
          <SubmitButton pendingLabel="Saving…">Save tag</SubmitButton>
        </>
      )}
    </ActionForm>
  );
}

export function MergeTagForm({ tag }: { tag: TagFields }) {
  return (
    <ActionForm serverAction={mergeTagAction} hidden={{ tagId: tag.id }} label="Merge the tag">
      {(state) => (
        <>
          <TextField
            name="into"
            label="Merge into"
            hint={`The name of the tag that replaces ${tag.name} on its stories.`}
            maxLength={FIELD_LIMITS.tag}
            defaultValue={state.values?.into ?? ""}
            error={state.fieldErrors?.into}
          />
          <SubmitButton variant="secondary" pendingLabel="Merging…">
            Merge tag
          </SubmitButton>
        </>
      )}
    </ActionForm>
  );
}

export function DeleteTagForm({ tag }: { tag: TagFields }) {
  return (
    <ActionForm serverAction={deleteTagAction} hidden={{ tagId: tag.id }} label="Delete the tag">
      {(state) => (
        <>
          <CheckboxField name="confirm" label={`Yes, delete ${tag.name}`} error={state.fieldErrors?.confirm} />
          <SubmitButton variant="danger" pendingLabel="Deleting…">
            Delete tag
          </SubmitButton>
        </>
      )}
    </ActionForm>
  );
}
