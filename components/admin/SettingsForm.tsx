"use client";

import { useState } from "react";
import { ActionForm } from "@/components/forms/ActionForm";
import { SelectField, TextAreaField, TextField } from "@/components/forms/Field";
import { ImageUploadField, type UploadedPicture } from "@/components/forms/ImageUploadField";
import { SubmitButton } from "@/components/forms/SubmitButton";
import { saveSettingsAction } from "@/lib/settings/actions";
import { SETTINGS_LIMITS } from "@/lib/settings/schema";

type Settings = { name: string; description: string; language: string; timeZone: string; socialLinks: string[] };

export function SettingsForm({
  settings,
  logo,
  timeZones,
}: {
  settings: Settings;
  logo: UploadedPicture;
  timeZones: readonly string[];
}) {
  const [picture, setPicture] = useState<UploadedPicture>(logo);
  return (
    <ActionForm serverAction={saveSettingsAction} hidden={{}} label="Site settings">
      {(state) => (
        <>
          <TextField
            name="name"
            label="Publication name"
            hint="In the masthead, page titles, feeds and structured data."
            maxLength={SETTINGS_LIMITS.name}
            defaultValue={state.values?.name ?? settings.name}
            error={state.fieldErrors?.name}
          />
          <TextAreaField
            name="description"
            label="Description"
            hint="The home page's description for search engines and social cards."
            maxLength={SETTINGS_LIMITS.description}
            defaultValue={state.values?.description ?? settings.description}
            error={state.fieldErrors?.description}
          />
          <ImageUploadField
            name="logoMediaId"
            label="Logo"
            picture={picture}
            onChange={setPicture}
            error={state.fieldErrors?.logoMediaId}
          />
          <SelectField
            name="timeZone"
            label="Newsroom time zone"
            hint="The dates readers see, and the publication times the editor types."
            options={timeZones.map((zone) => ({ value: zone, label: zone.replaceAll("_", " ") }))}
            defaultValue={state.values?.timeZone ?? settings.timeZone}
            error={state.fieldErrors?.timeZone}
          />
          <TextField
            name="language"
            label="Language"
            hint="A language code such as en or en-GB: the pages' language, and the feeds'."
            defaultValue={state.values?.language ?? settings.language}
            error={state.fieldErrors?.language}
          />
          <TextAreaField
            name="socialLinks"
            label="Social accounts"
            hint={`One address a line, up to ${SETTINGS_LIMITS.socialLinks}: shown in the footer and given to search engines.`}
            defaultValue={state.values?.socialLinks ?? settings.socialLinks.join("\n")}
            error={state.fieldErrors?.socialLinks}
          />
          <SubmitButton pendingLabel="Saving…">Save settings</SubmitButton>
        </>
      )}
    </ActionForm>
  );
}
