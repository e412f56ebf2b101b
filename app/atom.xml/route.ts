import { siteFeedResponse } from "@/lib/feeds/reader-feeds";

// Cached like the reader pages (lib/cache/reader-cache.ts).
export const dynamic = "force-static";

export async function GET(): Promise<Response> {
  return siteFeedResponse("atom");
}
