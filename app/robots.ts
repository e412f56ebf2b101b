import type { MetadataRoute } from "next";
import { siteUrl } from "@/lib/env";

// Depends only on SITE_URL, which is read when the server runs, not at build time.
export const dynamic = "force-dynamic";

/** Crawlers may read the reader site; the newsroom, the admin area (story previews live under /editor) and sign-in stay out. */
export default function robots(): MetadataRoute.Robots {
  const url = siteUrl();
  return {
    rules: [
      {
        userAgent: "*",
        allow: "/",
        disallow: ["/editor", "/admin", "/account", "/login", "/invite", "/reset", "/api/"],
      },
    ],
    sitemap: [`${url}/sitemap.xml`, `${url}/news-sitemap.xml`],
    host: url,
  };
}
