import type { TestInfo } from "@playwright/test";

/** Where the server under test listens (see playwright.config.ts). */
export const E2E_PORT = Number(process.env.E2E_PORT ?? 3100);
export const E2E_SITE_URL = `http://127.0.0.1:${E2E_PORT}`;

/** Varnish in front of that server (e2e/varnish-in-front.ts), which the server purges (VARNISH_URL). */
export const E2E_VARNISH_PORT = Number(process.env.E2E_VARNISH_PORT ?? E2E_PORT + 1);
export const E2E_VARNISH_URL = `http://127.0.0.1:${E2E_VARNISH_PORT}`;

/** The second server of the site, which Varnish sends the staff to (scripts/e2e-server.ts, deploy/varnish/byline.vcl). */
export const E2E_NEWSROOM_PORT = Number(process.env.E2E_NEWSROOM_PORT ?? E2E_PORT + 7);

/**
 * The same site on PostgreSQL, for the journeys run once more there (the
 * `-postgresql` projects of playwright.config.ts): two servers over one
 * throwaway cluster, each naming the other as its peer, with no Varnish.
 */
export const E2E_POSTGRES_PORT = Number(process.env.E2E_POSTGRES_PORT ?? E2E_PORT + 10);
export const E2E_POSTGRES_URL = `http://127.0.0.1:${E2E_POSTGRES_PORT}`;
export const E2E_POSTGRES_SECOND_PORT = E2E_POSTGRES_PORT + 1;

/** What a project tells its journeys (playwright.config.ts): its database, and the site's second server. */
export type SiteUnderTest = { database: "sqlite" | "postgresql"; secondServerUrl: string };

export function siteUnderTest(testInfo: TestInfo): SiteUnderTest {
  return testInfo.project.metadata as SiteUnderTest;
}
