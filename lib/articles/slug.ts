import slugify from "slugify";
import { z } from "zod";

export const MAX_SLUG_LENGTH = 120;

export const slugSchema = z
  .string()
  .trim()
  .min(1, "Slug is required.")
  .max(MAX_SLUG_LENGTH, `Slug must be at most ${MAX_SLUG_LENGTH} characters.`)
  .regex(
    /^[a-z0-9]+(?:-[a-z0-9]+)*$/,
    "Slug may contain only lowercase letters a–z, digits 0–9 and single hyphens between words.",
  );

/** "Trump Delays Putin Meeting Until 'After…'" → "trump-delays-putin-meeting-until-after…" */
export function slugFromHeadline(headline: string): string {
  const slug = slugify(headline, { lower: true, strict: true, trim: true, locale: "en" });
  const cut = slug.slice(0, MAX_SLUG_LENGTH).replace(/-+$/, "");
  return cut.length > 0 ? cut : "story";
}

/**
 * `base`, or `base-2`, `base-3`… : the first that `isTaken` says is free.
 * Keeps within the length limit by shortening the base, never the suffix.
 */
export async function firstFreeSlug(base: string, isTaken: (slug: string) => Promise<boolean>): Promise<string> {
  if (!(await isTaken(base))) return base;
  for (let n = 2; ; n++) {
    const suffix = `-${n}`;
    const candidate = `${base.slice(0, MAX_SLUG_LENGTH - suffix.length).replace(/-+$/, "")}${suffix}`;
    if (!(await isTaken(candidate))) return candidate;
  }
}
