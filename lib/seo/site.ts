import { env, siteUrl } from "@/lib/env";

/** The publication as search engines, feed readers and social cards name it. */
export type SiteInfo = {
  name: string;
  url: string;
  description: string;
  language: string;
  logo: { url: string; width: number; height: number };
};

export const LOGO_PATH = "/logo.png";
export const LOGO_SIZE = 512;

export function siteInfo(): SiteInfo {
  const url = siteUrl();
  const name = env().SITE_NAME;
  return {
    name,
    url,
    description: `${name}: news, analysis and reporting.`,
    language: "en",
    logo: { url: `${url}${LOGO_PATH}`, width: LOGO_SIZE, height: LOGO_SIZE },
  };
}

/** An absolute URL on this site, for structured data, feeds and sitemaps. */
export function absoluteUrl(path: string): string {
  return `${siteUrl()}${path}`;
}
