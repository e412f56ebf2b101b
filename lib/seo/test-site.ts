import type { SiteInfo } from "@/lib/seo/site";

/** A publication for unit tests of what is written about the site (feeds, structured data). */
export const TEST_SITE: SiteInfo = {
  name: "Byline",
  url: "https://news.example.com",
  description: "Byline: news, analysis and reporting.",
  language: "en",
  timeZone: "UTC",
  logo: { url: "https://news.example.com/logo.png", width: 512, height: 512 },
  socialLinks: [],
  customLogo: false,
};
