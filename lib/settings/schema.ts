import { z } from "zod";
import { isTimeZone } from "@/lib/env";
import { urlLinesSchema } from "@/lib/forms/url-lines";
import { Role } from "@/lib/generated/prisma/enums";

export const SETTINGS_LIMITS = { name: 100, description: 300, socialLinks: 10 } as const;

function canonicalLanguage(tag: string): string | null {
  try {
    return Intl.getCanonicalLocales(tag)[0] ?? null;
  } catch {
    return null;
  }
}

export const siteSettingsSchema = z.object({
  name: z
    .string("Enter the publication's name.")
    .trim()
    .min(1, "Enter the publication's name.")
    .max(SETTINGS_LIMITS.name, `Use at most ${SETTINGS_LIMITS.name} characters.`),
  description: z
    .string()
    .trim()
    .max(SETTINGS_LIMITS.description, `Use at most ${SETTINGS_LIMITS.description} characters.`)
    .default(""),
  language: z
    .string()
    .trim()
    .transform((tag, context) => {
      const canonical = canonicalLanguage(tag);
      if (!canonical) {
        context.addIssue({ code: "custom", message: "Use a language code such as en or en-GB." });
        return z.NEVER;
      }
      return canonical;
    }),
  timeZone: z
    .string("Choose the newsroom's time zone.")
    .trim()
    .refine(isTimeZone, "Choose a time zone from the list, such as Europe/London."),
  logoMediaId: z.string().trim().max(64, "That logo is no longer there. Upload it again.").default(""),
  socialLinks: urlLinesSchema("Social accounts", SETTINGS_LIMITS.socialLinks),
});
export type SiteSettingsInput = z.infer<typeof siteSettingsSchema>;

/** A ticked checkbox arrives as "on"; an unticked one not at all. */
const ticked = z.literal("on", "Tick the box or leave it empty.").optional();

/** "Require two-factor authentication for": one checkbox per role, named after it. */
export const twoFactorRolesSchema = z
  .object({ WRITER: ticked, EDITOR: ticked, ADMIN: ticked } satisfies Record<Role, typeof ticked>)
  .transform((ticks) => Object.values(Role).filter((role) => ticks[role] === "on"));
