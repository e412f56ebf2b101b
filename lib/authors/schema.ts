import { z } from "zod";
import { urlLinesSchema, webAddressFromInput } from "@/lib/forms/url-lines";

export const PROFILE_LIMITS = { name: 100, jobTitle: 100, bio: 2000, photoCredit: 200, links: 8 } as const;

const optionalId = z.string().trim().max(64, "This does not exist. Reload the page and try again.").default("");

/**
 * A staff writer's profile, as they or an editor save it. With no authorId it
 * is the signed-in person's own byline, made on first save.
 */
export const profileSchema = z
  .object({
    authorId: optionalId,
    name: z
      .string("Enter a name.")
      .trim()
      .min(1, "Enter the name readers see on your stories.")
      .max(PROFILE_LIMITS.name, `Use at most ${PROFILE_LIMITS.name} characters.`),
    jobTitle: z
      .string()
      .trim()
      .max(PROFILE_LIMITS.jobTitle, `Use at most ${PROFILE_LIMITS.jobTitle} characters.`)
      .default(""),
    bio: z.string().trim().max(PROFILE_LIMITS.bio, `Use at most ${PROFILE_LIMITS.bio} characters.`).default(""),
    photoMediaId: optionalId,
    photoCredit: z
      .string()
      .trim()
      .max(PROFILE_LIMITS.photoCredit, `Use at most ${PROFILE_LIMITS.photoCredit} characters.`)
      .default(""),
    links: urlLinesSchema("Links", PROFILE_LIMITS.links),
  })
  .refine((profile) => !profile.photoMediaId || profile.photoCredit, {
    path: ["photoCredit"],
    message: "Say who took the photo, such as Byline or the photographer's name.",
  });
export type ProfileInput = z.infer<typeof profileSchema>;

const authorIdSchema = z
  .string("This byline does not exist.")
  .trim()
  .min(1, "This byline does not exist.")
  .max(64, "This byline does not exist.");

/** A news agency's byline: its name, what it is, and its own site. */
export const agencySchema = z.object({
  authorId: authorIdSchema,
  name: z
    .string("Enter a name.")
    .trim()
    .min(1, "Enter the agency's name, such as Reuters.")
    .max(PROFILE_LIMITS.name, `Use at most ${PROFILE_LIMITS.name} characters.`),
  bio: z.string().trim().max(PROFILE_LIMITS.bio, `Use at most ${PROFILE_LIMITS.bio} characters.`).default(""),
  url: z
    .string()
    .trim()
    .max(2000, "That address is too long.")
    .default("")
    .transform((value, context) => {
      if (!value) return null;
      const url = webAddressFromInput(value);
      if (!url) context.addIssue({ code: "custom", message: "Enter a web address, such as https://www.reuters.com." });
      return url;
    }),
});
export type AgencyInput = z.infer<typeof agencySchema>;

export const mergeAgencySchema = z.object({
  authorId: authorIdSchema,
  into: z
    .string("Type the name of the agency to merge into.")
    .trim()
    .min(1, "Type the name of the agency to merge into.")
    .max(PROFILE_LIMITS.name, "There is no agency with so long a name."),
});
export type MergeAgencyInput = z.infer<typeof mergeAgencySchema>;

/**
 * A staff byline without an account, as an import makes one for an author of
 * the old site. The slug is a wish: made into a slug and numbered if taken.
 */
export const staffBylineSchema = z.object({
  name: z
    .string("Enter a name.")
    .trim()
    .min(1, "Enter the name readers see on the stories.")
    .max(PROFILE_LIMITS.name, `Use at most ${PROFILE_LIMITS.name} characters.`),
  slug: z.string().trim().max(200, "That slug is too long.").default(""),
  bio: z.string().trim().max(PROFILE_LIMITS.bio, `Use at most ${PROFILE_LIMITS.bio} characters.`).default(""),
});
export type StaffBylineInput = z.input<typeof staffBylineSchema>;
