import { z } from "zod";
import { FIELD_LIMITS } from "@/lib/articles/schema";
import { slugSchema } from "@/lib/articles/slug";

/** Ids arrive in hidden fields, so they are checked like any other input. */
const tagIdSchema = z
  .string("This tag does not exist.")
  .trim()
  .min(1, "This tag does not exist.")
  .max(64, "This tag does not exist.");

export const renameTagSchema = z.object({
  tagId: tagIdSchema,
  name: z
    .string("Enter a name.")
    .trim()
    .min(1, "Enter a name.")
    .max(FIELD_LIMITS.tag, `Use at most ${FIELD_LIMITS.tag} characters.`),
  slug: slugSchema,
});
export type RenameTagInput = z.infer<typeof renameTagSchema>;

export const mergeTagSchema = z.object({
  tagId: tagIdSchema,
  into: z
    .string("Type the name of the tag to merge into.")
    .trim()
    .min(1, "Type the name of the tag to merge into.")
    .max(FIELD_LIMITS.tag, "There is no tag with so long a name."),
});
export type MergeTagInput = z.infer<typeof mergeTagSchema>;

export const deleteTagSchema = z.object({
  tagId: tagIdSchema,
  confirm: z.literal("on", { error: "Tick the box to confirm." }),
});
export type DeleteTagInput = z.infer<typeof deleteTagSchema>;
