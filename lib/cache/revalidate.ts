import { revalidateTag } from "next/cache";
import { after } from "next/server";
import { type Revalidation, tagsToExpire } from "@/lib/cache/tags";
import { purgeVarnish } from "@/lib/cache/varnish";

/**
 * Expires every cached reader page a write changed, at once: the next reader
 * gets a fresh render, never a stale copy. Varnish is purged after the
 * response, when Next has recorded the expiry, so Varnish cannot fetch the
 * old page again in between.
 */
export function revalidate(revalidation: Revalidation): void {
  const tags = tagsToExpire(revalidation);
  for (const tag of tags) revalidateTag(tag, { expire: 0 });
  if (tags.length > 0) after(() => purgeVarnish(tags));
}
