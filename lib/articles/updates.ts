/** Saves within a minute of publishing are part of publishing, not an update. */
const UPDATE_GRACE_MS = 60_000;

export function wasUpdatedAfterPublication(article: { publishedAt: Date; updatedAt: Date }): boolean {
  return article.updatedAt.getTime() - article.publishedAt.getTime() > UPDATE_GRACE_MS;
}
