import { renderOnFirstVisit } from "@/lib/cache/reader-cache";
import { sectionFeedResponse } from "@/lib/feeds/reader-feeds";

// Cached like the reader pages (lib/cache/reader-cache.ts).
export const dynamic = "force-static";
export const generateStaticParams = renderOnFirstVisit;

export async function GET(_request: Request, { params }: { params: Promise<{ slug: string }> }): Promise<Response> {
  return sectionFeedResponse((await params).slug);
}
