import { cache } from "react";
import { siteUrl } from "@/lib/env";
import { mediaUrl } from "@/lib/media/urls";
import type { SiteSettings } from "@/lib/settings/queries";
import { storedSiteSettings } from "@/lib/settings/site-settings";

/** The publication as search engines, feed readers and social cards name it. */
export type SiteInfo = {
  name: string;
  url: string;
  description: string;
  language: string;
  /** The newsroom's IANA time zone, for the dates pages show. */
  timeZone: string;
  logo: { url: string; width: number; height: number };
  /** Its social accounts, the publisher's `sameAs`. */
  socialLinks: string[];
  /** True when an admin has uploaded a logo (the masthead shows it). */
  customLogo: boolean;
};

export const LOGO_PATH = "/logo.png";
export const LOGO_SIZE = 512;

/** The site's settings, with absolute addresses. */
export function toSiteInfo(settings: SiteSettings, url: string): SiteInfo {
  const { logo } = settings;
  return {
    name: settings.name,
    url,
    description: settings.description,
    language: settings.language,
    timeZone: settings.timeZone,
    logo: logo
      ? { url: `${url}${mediaUrl(logo.fileName)}`, width: logo.width, height: logo.height }
      : { url: `${url}${LOGO_PATH}`, width: LOGO_SIZE, height: LOGO_SIZE },
    socialLinks: settings.socialLinks,
    customLogo: logo !== null,
  };
}

/** The publication's name, description, language, logo and accounts (admins set them at /admin/settings). */
export const siteInfo = cache(async (): Promise<SiteInfo> => toSiteInfo(await storedSiteSettings(), siteUrl()));

/** An absolute URL on this site, for structured data, feeds and sitemaps. */
export function absoluteUrl(path: string): string {
  return `${siteUrl()}${path}`;
}
