/**
 * Where an imported story came from, kept on the story (Article.importSource)
 * so that a re-run finds the story a post made, whatever its slug is now, and
 * never mistakes a newsroom story, or another import's, for it because it has
 * the same slug.
 *
 * "<platform>:<site>:<post id>". The site tells apart two WordPress sites,
 * whose post ids both count from 1: their wp:base_site_url without the scheme
 * ("news.example.org/blog"), so that a site that moved to https between two
 * exports is still the same site. A Ghost export does not say which site it
 * is from, and Ghost's post ids (ObjectIds since Ghost 1.0) are unique from
 * site to site, so for Ghost the site is empty ("ghost::65f1…").
 */
export function importSourceOf(platform: "ghost" | "wordpress", site: string, postId: string): string {
  return `${platform}:${site}:${postId}`;
}

/** A site's address as the provenance of its posts names it: host (lower case) and path, no scheme, no final slash. */
export function siteOf(address: string): string {
  const trimmed = address.trim();
  try {
    const url = new URL(trimmed);
    return `${url.host}${url.pathname}`.replace(/\/+$/, "");
  } catch {
    // Not an address (a hand-edited file): the text still tells the site apart from others.
    return trimmed.replace(/^[a-z]+:\/\//i, "").replace(/\/+$/, "");
  }
}
