"use client";

import { useState } from "react";
import { ActionForm } from "@/components/forms/ActionForm";
import { TextAreaField, TextField } from "@/components/forms/Field";
import { ImageUploadField, type UploadedPicture } from "@/components/forms/ImageUploadField";
import { SubmitButton } from "@/components/forms/SubmitButton";
import { saveProfileAction } from "@/lib/authors/actions";
import type { Profile } from "@/lib/authors/queries";
import { PROFILE_LIMITS } from "@/lib/authors/schema";

/** A staff writer's profile, as readers see it on their author page. */
export function ProfileForm({ profile, defaultName }: { profile: Profile | null; defaultName: string }) {
  const [photo, setPhoto] = useState<UploadedPicture>(
    profile?.photoMediaId && profile.photo ? { id: profile.photoMediaId, src: profile.photo.src } : null,
  );
  return (
    <ActionForm serverAction={saveProfileAction} hidden={{ authorId: profile?.id ?? "" }} label="Profile">
      {(state) => (
        <>
          <TextField
            name="name"
            label="Name"
            hint="As it appears in bylines."
            maxLength={PROFILE_LIMITS.name}
            defaultValue={state.values?.name ?? profile?.name ?? defaultName}
            error={state.fieldErrors?.name}
          />
          <TextField
            name="jobTitle"
            label="Role title"
            hint="Such as Moscow correspondent."
            maxLength={PROFILE_LIMITS.jobTitle}
            defaultValue={state.values?.jobTitle ?? profile?.jobTitle ?? ""}
            error={state.fieldErrors?.jobTitle}
          />
          <TextAreaField
            name="bio"
            label="Bio"
            rows={5}
            maxLength={PROFILE_LIMITS.bio}
            defaultValue={state.values?.bio ?? profile?.bio ?? ""}
            error={state.fieldErrors?.bio}
          />
          <ImageUploadField
            name="photoMediaId"
            label="Photo"
            picture={photo}
            onChange={setPhoto}
            error={state.fieldErrors?.photoMediaId}
          />
          <TextField
            name="photoCredit"
            label="Photo credit"
            hint="Required with a photo: who took it."
            maxLength={PROFILE_LIMITS.photoCredit}
            defaultValue={state.values?.photoCredit ?? profile?.photoCredit ?? ""}
            error={state.fieldErrors?.photoCredit}
          />
          <TextAreaField
            name="links"
            label="Links"
            hint={`One address a line, up to ${PROFILE_LIMITS.links}: your site, your social accounts.`}
            defaultValue={state.values?.links ?? profile?.links.join("\n") ?? ""}
            error={state.fieldErrors?.links}
          />
          <SubmitButton pendingLabel="Saving…">Save profile</SubmitButton>
        </>
      )}
    </ActionForm>
  );
}
