"use client";

import { ActionForm } from "@/components/forms/ActionForm";
import { CheckboxField, TextAreaField, TextField } from "@/components/forms/Field";
import { SubmitButton } from "@/components/forms/SubmitButton";
import { BODY_LIMITS } from "@/lib/content/schema";
import { deleteMediaAction, updateMediaAction } from "@/lib/media/actions";

type MediaFields = { id: string; alt: string; caption: string; credit: string };

/** The library's words for an image; a story that places it starts from them and may change its own copy. */
export function MediaDetailsForm({ media }: { media: MediaFields }) {
  return (
    <ActionForm serverAction={updateMediaAction} hidden={{ mediaId: media.id }} label="Image details">
      {(state) => (
        <>
          <TextField
            name="alt"
            label="Alt text"
            hint="What the image shows, for readers who cannot see it."
            maxLength={BODY_LIMITS.maxAltLength}
            defaultValue={state.values?.alt ?? media.alt}
            error={state.fieldErrors?.alt}
          />
          <TextAreaField
            name="caption"
            label="Caption"
            maxLength={BODY_LIMITS.maxCaptionLength}
            defaultValue={state.values?.caption ?? media.caption}
            error={state.fieldErrors?.caption}
          />
          <TextField
            name="credit"
            label="Credit"
            hint="Who made or supplied it, such as Kremlin.ru."
            maxLength={BODY_LIMITS.maxCreditLength}
            defaultValue={state.values?.credit ?? media.credit}
            error={state.fieldErrors?.credit}
          />
          <SubmitButton pendingLabel="Saving…">Save details</SubmitButton>
        </>
      )}
    </ActionForm>
  );
}

export function DeleteMediaForm({ media }: { media: { id: string; name: string } }) {
  return (
    <ActionForm serverAction={deleteMediaAction} hidden={{ mediaId: media.id }} label="Delete the image">
      {(state) => (
        <>
          <CheckboxField name="confirm" label={`Yes, delete ${media.name}`} error={state.fieldErrors?.confirm} />
          <SubmitButton variant="danger" pendingLabel="Deleting…">
            Delete image
          </SubmitButton>
        </>
      )}
    </ActionForm>
  );
}
