import { summarize } from "@/lib/content/plain-text";

/** What describes a story in search results, cards, feeds and structured data. */
export function articleDescription(article: { seoDescription: string; dek: string; bodyText: string }): string {
  return article.seoDescription || article.dek || summarize(article.bodyText);
}
