import { z } from "zod";
import { urlLinesSchema } from "@/lib/forms/url-lines";

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
