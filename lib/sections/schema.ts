import { z } from "zod";
import { slugSchema } from "@/lib/articles/slug";

export const SECTION_NAME_MAX_LENGTH = 60;
export const SECTION_DESCRIPTION_MAX_LENGTH = 300;

/** Ids arrive in hidden fields, so they are checked like any other input. */
const sectionIdSchema = z
  .string("This section does not exist.")
  .trim()
  .min(1, "This section does not exist.")
  .max(64, "This section does not exist.");

const nameSchema = z
  .string("Enter a name.")
  .trim()
  .min(1, "Enter a name, such as Sports.")
  .max(SECTION_NAME_MAX_LENGTH, `Use at most ${SECTION_NAME_MAX_LENGTH} characters.`);

const descriptionSchema = z
  .string()
  .trim()
  .max(SECTION_DESCRIPTION_MAX_LENGTH, `Use at most ${SECTION_DESCRIPTION_MAX_LENGTH} characters.`)
  .default("");

export const createSectionSchema = z.object({ name: nameSchema, description: descriptionSchema });
export type CreateSectionInput = z.infer<typeof createSectionSchema>;

export const updateSectionSchema = z.object({
  sectionId: sectionIdSchema,
  name: nameSchema,
  slug: slugSchema,
  description: descriptionSchema,
});
export type UpdateSectionInput = z.infer<typeof updateSectionSchema>;

export const moveSectionSchema = z.object({
  sectionId: sectionIdSchema,
  direction: z.enum(["up", "down"], { error: "Choose up or down." }),
});
export type MoveSectionInput = z.infer<typeof moveSectionSchema>;

export const sectionNavigationSchema = z.object({
  sectionId: sectionIdSchema,
  inNavigation: z.stringbool({ error: "Choose whether the navigation shows the section." }),
});
export type SectionNavigationInput = z.infer<typeof sectionNavigationSchema>;

export const deleteSectionSchema = z.object({
  sectionId: sectionIdSchema,
  // Empty when the section has no stories to move.
  moveTo: z.string().trim().max(64, "Choose a section from the list.").default(""),
  confirm: z.literal("on", { error: "Tick the box to confirm." }),
});
export type DeleteSectionInput = z.infer<typeof deleteSectionSchema>;
