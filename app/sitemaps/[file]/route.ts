import { renderOnFirstVisit } from "@/lib/cache/reader-cache";
import { loadSitemapFile } from "@/lib/seo/reader-sitemaps";
import { XML_HEADERS } from "@/lib/seo/sitemap-xml";

// The files of a sitemap index, /sitemaps/1.xml and on. Cached like the reader pages.
export const dynamic = "force-static";
export const generateStaticParams = renderOnFirstVisit;

export async function GET(_request: Request, { params }: { params: Promise<{ file: string }> }): Promise<Response> {
  const number = /^(\d{1,6})\.xml$/.exec((await params).file)?.[1];
  const xml = number ? await loadSitemapFile(Number(number)) : null;
  if (!xml)
    return new Response("There is no such sitemap file.", {
      status: 404,
      headers: { "Content-Type": "text/plain; charset=utf-8" },
    });
  return new Response(xml, { headers: XML_HEADERS });
}
