"use client";

import { ActionForm } from "@/components/forms/ActionForm";
import { CheckboxField, SelectField, TextAreaField, TextField } from "@/components/forms/Field";
import { SubmitButton } from "@/components/forms/SubmitButton";
import {
  createSectionAction,
  deleteSectionAction,
  moveSectionAction,
  setSectionNavigationAction,
  updateSectionAction,
} from "@/lib/sections/actions";
import { SECTION_DESCRIPTION_MAX_LENGTH, SECTION_NAME_MAX_LENGTH } from "@/lib/sections/schema";
import { storyCount } from "@/lib/taxonomy/story-count";

type SectionFields = { id: string; name: string; slug: string; description: string };

export function AddSectionForm() {
  return (
    <ActionForm serverAction={createSectionAction} hidden={{}} label="Add a section">
      {(state) => (
        <>
          <TextField
            name="name"
            label="Name"
            maxLength={SECTION_NAME_MAX_LENGTH}
            defaultValue={state.status === "error" ? state.values?.name : ""}
            error={state.fieldErrors?.name}
          />
          <TextAreaField
            name="description"
            label="Description"
            hint="Shown under the section's name on its page, and in its feed."
            maxLength={SECTION_DESCRIPTION_MAX_LENGTH}
            defaultValue={state.status === "error" ? state.values?.description : ""}
            error={state.fieldErrors?.description}
          />
          <SubmitButton pendingLabel="Adding…">Add section</SubmitButton>
        </>
      )}
    </ActionForm>
  );
}

/** "Move World up" and "Move World down": the section's place in the navigation. */
export function SectionOrderForm({ section, direction }: { section: SectionFields; direction: "up" | "down" }) {
  return (
    <ActionForm serverAction={moveSectionAction} hidden={{ sectionId: section.id, direction }}>
      {() => (
        <SubmitButton variant="secondary" pendingLabel="Moving…">
          Move {section.name} {direction}
        </SubmitButton>
      )}
    </ActionForm>
  );
}

export function SectionNavigationForm({ section, inNavigation }: { section: SectionFields; inNavigation: boolean }) {
  return (
    <ActionForm
      serverAction={setSectionNavigationAction}
      hidden={{ sectionId: section.id, inNavigation: String(!inNavigation) }}
    >
      {() => (
        <SubmitButton variant="secondary" pendingLabel="Saving…">
          {inNavigation ? `Hide ${section.name} from navigation` : `Show ${section.name} in navigation`}
        </SubmitButton>
      )}
    </ActionForm>
  );
}

export function EditSectionForm({ section }: { section: SectionFields }) {
  return (
    <ActionForm serverAction={updateSectionAction} hidden={{ sectionId: section.id }} label="Edit the section">
      {(state) => (
        <>
          <TextField
            name="name"
            label="Name"
            maxLength={SECTION_NAME_MAX_LENGTH}
            defaultValue={state.values?.name ?? section.name}
            error={state.fieldErrors?.name}
          />
          <TextField
            name="slug"
            label="Slug"
            hint="The section's address: /sections/slug. Its old address will lead to the new one."
            defaultValue={state.values?.slug ?? section.slug}
            error={state.fieldErrors?.slug}
          />
          <TextAreaField
            name="description"
            label="Description"
            maxLength={SECTION_DESCRIPTION_MAX_LENGTH}
            defaultValue={state.values?.description ?? section.description}
            error={state.fieldErrors?.description}
          />
          <SubmitButton pendingLabel="Saving…">Save section</SubmitButton>
        </>
      )}
    </ActionForm>
  );
}

export function DeleteSectionForm({
  section,
  stories,
  others,
}: {
  section: SectionFields;
  stories: number;
  others: readonly { id: string; name: string }[];
}) {
  return (
    <ActionForm serverAction={deleteSectionAction} hidden={{ sectionId: section.id }} label="Delete the section">
      {(state) => (
        <>
          {stories > 0 && (
            <SelectField
              name="moveTo"
              label="Move its stories to"
              hint={`${section.name} has ${storyCount(stories)}; they move in the same step.`}
              options={[
                { value: "", label: "Choose a section" },
                ...others.map((other) => ({ value: other.id, label: other.name })),
              ]}
              defaultValue={state.values?.moveTo ?? ""}
              error={state.fieldErrors?.moveTo}
            />
          )}
          <CheckboxField name="confirm" label={`Yes, delete ${section.name}`} error={state.fieldErrors?.confirm} />
          <SubmitButton variant="danger" pendingLabel="Deleting…">
            Delete section
          </SubmitButton>
        </>
      )}
    </ActionForm>
  );
}
