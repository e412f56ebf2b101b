import { readForReaders } from "@/lib/cache/reader-cache";
import { TAXONOMY } from "@/lib/cache/tags";
import { listSections, type SectionLink } from "@/lib/sections/queries";

/**
 * The sections in the masthead, kept in Next's data cache under the taxonomy
 * tag: cached pages read them once per render, but the search page renders
 * on every request and would otherwise read them every time.
 */
export async function navigationSections(): Promise<SectionLink[]> {
  "use cache";
  return readForReaders(
    () => listSections(),
    () => [TAXONOMY],
    [],
  );
}
