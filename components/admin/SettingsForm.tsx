"use client";

import { useState } from "react";
import { ActionForm } from "@/components/forms/ActionForm";
import { CheckboxField, SelectField, TextAreaField, TextField } from "@/components/forms/Field";
import { ImageUploadField, type UploadedPicture } from "@/components/forms/ImageUploadField";
import { SubmitButton } from "@/components/forms/SubmitButton";
import { GROUP, HINT, LEGEND } from "@/components/forms/styles";
import type { Role } from "@/lib/generated/prisma/enums";
import { saveSettingsAction, saveTwoFactorRolesAction } from "@/lib/settings/actions";
import { SETTINGS_LIMITS } from "@/lib/settings/schema";
import { ROLE_LABELS } from "@/lib/users/fields";

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

/** "Require two-factor authentication for": a checkbox per role, saved on its own (it changes no reader page). */
export function TwoFactorRolesForm({ required }: { required: readonly Role[] }) {
  return (
    <ActionForm serverAction={saveTwoFactorRolesAction} hidden={{}} label="Two-factor sign-in">
      {(state) => (
        <>
          <fieldset className={GROUP}>
            <legend className={LEGEND}>Require two-factor authentication for</legend>
            <p className={HINT}>
              Users of a ticked role who have not set it up are sent to their account page to do so before anything
              else, from their next click.
            </p>
            {(Object.entries(ROLE_LABELS) as [Role, string][]).map(([role, label]) => {
              const checked = state.values ? state.values[role] === "on" : required.includes(role);
              return (
                <CheckboxField
                  // A new key after a save makes the box show what was saved.
                  key={`${role}-${checked}`}
                  id={`two-factor-${role}`}
                  name={role}
                  label={label}
                  defaultChecked={checked}
                  error={state.fieldErrors?.[role]}
                />
              );
            })}
          </fieldset>
          <SubmitButton pendingLabel="Saving…">Save two-factor requirement</SubmitButton>
        </>
      )}
    </ActionForm>
  );
}
