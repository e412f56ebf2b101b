/** Where the server under test listens (see playwright.config.ts). */
export const E2E_PORT = Number(process.env.E2E_PORT ?? 3100);
export const E2E_SITE_URL = `http://127.0.0.1:${E2E_PORT}`;

/** Varnish in front of that server (e2e/varnish-in-front.ts), which the server purges (VARNISH_URL). */
export const E2E_VARNISH_PORT = Number(process.env.E2E_VARNISH_PORT ?? E2E_PORT + 1);
export const E2E_VARNISH_URL = `http://127.0.0.1:${E2E_VARNISH_PORT}`;

/** The second server of the site, which Varnish sends the staff to (scripts/e2e-server.ts, deploy/varnish/byline.vcl). */
export const E2E_NEWSROOM_PORT = Number(process.env.E2E_NEWSROOM_PORT ?? E2E_PORT + 7);
