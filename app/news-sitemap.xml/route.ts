import { loadNewsSitemap } from "@/lib/seo/reader-sitemaps";
import { XML_HEADERS } from "@/lib/seo/sitemap-xml";

// Cached like the reader pages (lib/cache/reader-cache.ts).
export const dynamic = "force-static";

export async function GET(): Promise<Response> {
  return new Response(await loadNewsSitemap(), { headers: XML_HEADERS });
}
