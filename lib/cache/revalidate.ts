import { revalidateTag } from "next/cache";
import { after } from "next/server";
import { expireElsewhere } from "@/lib/cache/peers";
import { type Revalidation, tagsToExpire } from "@/lib/cache/tags";

/** Expires the pages a write changed in this server's cache only; returns their tags. */
export function expireOnThisServer(revalidation: Revalidation): string[] {
  const tags = tagsToExpire(revalidation);
  for (const tag of tags) revalidateTag(tag, { expire: 0 });
  return tags;
}

/**
 * Expires every cached reader page a write changed, at once: the next reader
 * gets a fresh render, never a stale copy. The site's other servers and
 * Varnish are told after the response, when Next has recorded the expiry
 * here, so Varnish cannot fetch the old page again in between.
 */
export function revalidate(revalidation: Revalidation): void {
  const tags = expireOnThisServer(revalidation);
  if (tags.length > 0) after(() => expireElsewhere(revalidation, tags));
}
