/** Where the server under test listens (see playwright.config.ts). */
export const E2E_PORT = Number(process.env.E2E_PORT ?? 3100);
export const E2E_SITE_URL = `http://127.0.0.1:${E2E_PORT}`;
