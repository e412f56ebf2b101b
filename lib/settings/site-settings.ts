import { readForReaders } from "@/lib/cache/reader-cache";
import { SITE_SETTINGS } from "@/lib/cache/tags";
import { readSiteSettings, type SiteSettings, settingsFromEnv } from "@/lib/settings/queries";

/**
 * The site's settings for reader pages and feeds, kept in Next's data cache
 * under the `settings` tag, which every page that shows them then carries:
 * saving /admin/settings expires them all. Pages rendered per request (search)
 * read them from the cache, not the database.
 */
export async function storedSiteSettings(): Promise<SiteSettings> {
  "use cache";
  return readForReaders(
    () => readSiteSettings(),
    () => [SITE_SETTINGS],
    settingsFromEnv(),
  );
}
