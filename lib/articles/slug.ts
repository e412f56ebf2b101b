import slugify from "slugify";
import { z } from "zod";
import { trimEndOf } from "@/lib/content/scan";

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

// Every headline, name and tag the forms accept is far shorter; slugify takes
// about a second for a megabyte, which nothing should be able to make it do.
const MAX_SLUG_SOURCE_LENGTH = 2_000;

/** "Trump Delays Putin Meeting Until 'After…'" → "trump-delays-putin-meeting-until-after…" */
export function slugFromHeadline(headline: string): string {
  const slug = slugify(headline.slice(0, MAX_SLUG_SOURCE_LENGTH), {
    lower: true,
    strict: true,
    trim: true,
    locale: "en",
  });
  const cut = trimEndOf(slug.slice(0, MAX_SLUG_LENGTH), "-");
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
    const candidate = `${trimEndOf(base.slice(0, MAX_SLUG_LENGTH - suffix.length), "-")}${suffix}`;
    if (!(await isTaken(candidate))) return candidate;
  }
}
