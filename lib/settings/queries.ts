import { db } from "@/lib/db";
import { env } from "@/lib/env";
import { parseUrlList } from "@/lib/forms/url-lines";
import type { Prisma, PrismaClient } from "@/lib/generated/prisma/client";

/** The publication's settings as pages use them; plain data, so a cached function can return it. */
export type SiteSettings = {
  name: string;
  description: string;
  language: string;
  /** The newsroom's IANA time zone: dates on pages, and the editor's publication times. */
  timeZone: string;
  socialLinks: string[];
  logo: { id: string; fileName: string; width: number; height: number } | null;
};

function defaultDescription(name: string): string {
  return `${name}: news, analysis and reporting.`;
}

/** The defaults of a fresh install, from the environment (SITE_NAME). */
export function settingsFromEnv(): SiteSettings {
  const name = env().SITE_NAME;
  return {
    name,
    description: defaultDescription(name),
    language: "en",
    timeZone: env().NEWSROOM_TIME_ZONE,
    socialLinks: [],
    logo: null,
  };
}

/** What an admin saved at /admin/settings, or the defaults. */
export async function readSiteSettings(client: PrismaClient | Prisma.TransactionClient = db): Promise<SiteSettings> {
  const row = await client.siteSettings.findUnique({
    where: { id: "site" },
    include: { logo: { select: { id: true, fileName: true, width: true, height: true } } },
  });
  if (!row) return settingsFromEnv();
  return {
    name: row.name,
    description: row.description || defaultDescription(row.name),
    language: row.language,
    timeZone: row.timeZone || env().NEWSROOM_TIME_ZONE,
    socialLinks: parseUrlList(row.socialLinks),
    logo: row.logo,
  };
}

/** The newsroom's time zone as set now, for writes and messages outside a reader page. */
export async function newsroomTimeZone(client: PrismaClient | Prisma.TransactionClient = db): Promise<string> {
  return (await readSiteSettings(client)).timeZone;
}
