import { NotFoundMessage } from "@/components/site/NotFoundMessage";
import { SiteShell } from "@/components/site/SiteShell";
import { NOT_FOUND_METADATA } from "@/lib/seo/metadata";

export const metadata = NOT_FOUND_METADATA;

/** Addresses that match no route at all. */
export default function NotFound() {
  return (
    <SiteShell>
      <NotFoundMessage />
    </SiteShell>
  );
}
