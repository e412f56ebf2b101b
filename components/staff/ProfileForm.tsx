"use client";

import { useState } from "react";
import { ImageFileInput } from "@/components/editor/ImageFileInput";
import { uploadImageFile } from "@/components/editor/upload-image";
import { ActionForm } from "@/components/forms/ActionForm";
import { TextAreaField, TextField } from "@/components/forms/Field";
import { SubmitButton } from "@/components/forms/SubmitButton";
import { BUTTON, HINT } from "@/components/forms/styles";
import { saveProfileAction } from "@/lib/authors/actions";
import type { Profile } from "@/lib/authors/queries";
import { PROFILE_LIMITS } from "@/lib/authors/schema";

type Photo = { id: string; src: string } | null;

/** The photo: uploaded at once, kept by its id in the form, shown as a preview. */
function PhotoField({ photo, onChange, error }: { photo: Photo; onChange: (photo: Photo) => void; error?: string }) {
  const [uploading, setUploading] = useState(false);
  const [uploadError, setUploadError] = useState<string>();
  const upload = async (file: File | null) => {
    if (!file) return;
    setUploading(true);
    setUploadError(undefined);
    const result = await uploadImageFile(file, "");
    setUploading(false);
    if (result.ok) onChange({ id: result.image.id, src: result.image.src });
    else setUploadError(result.message);
  };
  return (
    <div className="flex flex-col gap-2">
      <input type="hidden" name="photoMediaId" value={photo?.id ?? ""} />
      {photo ? (
        <>
          {/* The person's name is beside it on their page; the preview itself would only repeat it. */}
          <img src={photo.src} alt="" className="size-32 rounded object-cover" />
          <button type="button" className={BUTTON.small} onClick={() => onChange(null)}>
            Remove photo
          </button>
        </>
      ) : (
        <p className={HINT}>No photo.</p>
      )}
      <ImageFileInput
        label="Photo"
        error={uploadError ?? error}
        onChange={(file) => void upload(file)}
        disabled={uploading}
      />
      {uploading && <p role="status">Uploading the photo…</p>}
    </div>
  );
}

/** A staff writer's profile, as readers see it on their author page. */
export function ProfileForm({ profile, defaultName }: { profile: Profile | null; defaultName: string }) {
  const [photo, setPhoto] = useState<Photo>(
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
          <PhotoField photo={photo} onChange={setPhoto} error={state.fieldErrors?.photoMediaId} />
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
