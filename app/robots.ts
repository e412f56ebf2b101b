import type { MetadataRoute } from "next";
import { siteInfo } from "@/lib/seo/site";

// Depends only on SITE_URL, which is read when the server runs, not at build time.
export const dynamic = "force-dynamic";

/** Crawlers may read the reader site; the newsroom, the admin area (story previews live under /editor) and sign-in stay out. */
export default function robots(): MetadataRoute.Robots {
  const site = siteInfo();
  return {
    rules: [
      {
        userAgent: "*",
        allow: "/",
        disallow: ["/editor", "/admin", "/account", "/login", "/invite", "/reset", "/api/"],
      },
    ],
    sitemap: [`${site.url}/sitemap.xml`, `${site.url}/news-sitemap.xml`],
    host: site.url,
  };
}
