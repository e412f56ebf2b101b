"use server";

import { defineFormAction, type FormResult } from "@/lib/actions/define-action";
import { db } from "@/lib/db";
import { failure, success } from "@/lib/forms/form-results";
import {
  createSection,
  deleteSection,
  moveSection,
  type SectionResult,
  setSectionInNavigation,
  updateSection,
} from "@/lib/sections/admin";
import {
  createSectionSchema,
  deleteSectionSchema,
  moveSectionSchema,
  sectionNavigationSchema,
  updateSectionSchema,
} from "@/lib/sections/schema";

/** A section change as form state: its message beside the field it is about. */
function answer(result: SectionResult, values: Record<string, string>): FormResult {
  if (!result.ok) return failure(result.message, values, result.field ? { [result.field]: result.message } : undefined);
  return { ...success(result.message), revalidate: result.revalidate };
}

const HIDDEN = ["sectionId", "direction", "inNavigation"];

export const createSectionAction = defineFormAction({
  policy: "taxonomy.manage",
  fields: ["name", "description"],
  input: createSectionSchema,
  refreshPage: true,
  handler: async (input, { actor, ip, values }) => answer(await createSection(db, input, { actor, ip }), values),
});

export const updateSectionAction = defineFormAction({
  policy: "taxonomy.manage",
  fields: ["sectionId", "name", "slug", "description"],
  hiddenFields: HIDDEN,
  input: updateSectionSchema,
  refreshPage: true,
  handler: async (input, { actor, ip, values }) => answer(await updateSection(db, input, { actor, ip }), values),
});

export const moveSectionAction = defineFormAction({
  policy: "taxonomy.manage",
  fields: ["sectionId", "direction"],
  hiddenFields: HIDDEN,
  input: moveSectionSchema,
  refreshPage: true,
  handler: async (input, { actor, ip, values }) => answer(await moveSection(db, input, { actor, ip }), values),
});

export const setSectionNavigationAction = defineFormAction({
  policy: "taxonomy.manage",
  fields: ["sectionId", "inNavigation"],
  hiddenFields: HIDDEN,
  input: sectionNavigationSchema,
  refreshPage: true,
  handler: async (input, { actor, ip, values }) =>
    answer(await setSectionInNavigation(db, input, { actor, ip }), values),
});

export const deleteSectionAction = defineFormAction({
  policy: "taxonomy.manage",
  fields: ["sectionId", "moveTo", "confirm"],
  hiddenFields: ["sectionId"],
  input: deleteSectionSchema,
  handler: async (input, { actor, ip, values }) => {
    const result = await deleteSection(db, input, { actor, ip });
    // The section's own page is gone: back to the list, which says what happened.
    return result.ok
      ? { ...answer(result, values), redirectTo: `/admin/sections?deleted=${result.sectionId}` }
      : answer(result, values);
  },
});
