// Relative, not "@/": next.config.ts loads this file, and its loader knows no path aliases.
import { siteUrl } from "../env";

/**
 * Byline's security headers, in one place: next.config.ts `headers()` sends
 * the fixed ones on every response (reader pages keep them in Next's route
 * cache and in Varnish), and proxy.ts adds the per-request CSP with a nonce to
 * the pages below.
 */

/**
 * Pages rendered per request for one person, never cached: the staff areas,
 * and the sign-in and one-time-link pages. Each gets a strict CSP with a fresh
 * nonce from proxy.ts (whose matcher must list every one of them).
 */
export const NONCE_AREAS = ["/editor", "/admin", "/account", "/login", "/invite", "/reset"] as const;

export function isNonceArea(pathname: string): boolean {
  return NONCE_AREAS.some((area) => pathname === area || pathname.startsWith(`${area}/`));
}

export type SecurityOptions = {
  /** The public address: on https, browsers are told to use nothing else. */
  siteUrl: string;
  /** `next dev`: React's debugging (server stacks shown in the browser) needs eval. */
  development: boolean;
};

export function securityOptions(): SecurityOptions {
  return { siteUrl: siteUrl(), development: process.env.NODE_ENV === "development" };
}

const isHttps = (options: SecurityOptions) => new URL(options.siteUrl).protocol === "https:";

export const HSTS_MAX_AGE_SECONDS = 365 * 24 * 60 * 60;

/**
 * Browser features Byline never uses, turned off for its pages and anything
 * they might embed. Clipboard writing stays on (admin "Copy link" buttons).
 * Only names Chromium knows: an unknown one is reported as an error in the console.
 */
const UNUSED_FEATURES = [
  "accelerometer",
  "autoplay",
  "browsing-topics",
  "camera",
  "display-capture",
  "geolocation",
  "gyroscope",
  "hid",
  "idle-detection",
  "magnetometer",
  "microphone",
  "midi",
  "payment",
  "screen-wake-lock",
  "serial",
  "usb",
  "xr-spatial-tracking",
];

type Directives = Record<string, readonly string[]>;

function serialize(directives: Directives): string {
  return Object.entries(directives)
    .map(([name, sources]) => [name, ...sources].join(" "))
    .join("; ");
}

/** What both policies share: only this site's own resources, no plugins, no framing, forms post home. */
function sharedDirectives(options: SecurityOptions): Directives {
  return {
    "default-src": ["'self'"],
    // Inline styles are allowed on every page: React renders `style` props as
    // attributes and Tiptap injects its own <style> element, neither of which
    // can carry a nonce. Styles cannot run code.
    "style-src": ["'self'", "'unsafe-inline'"],
    "img-src": ["'self'"],
    "font-src": ["'self'"],
    "object-src": ["'none'"],
    "base-uri": ["'none'"],
    "form-action": ["'self'"],
    "frame-ancestors": ["'none'"],
    ...(isHttps(options) ? { "upgrade-insecure-requests": [] } : {}),
  };
}

const evalInDevelopment = (options: SecurityOptions) => (options.development ? ["'unsafe-eval'"] : []);

/**
 * The policy of reader pages, which are cached whole and served to everyone
 * alike, so it can hold no per-request nonce. Next's inline bootstrap scripts
 * (the page's flight data) differ from page to page and from one render to
 * the next, so no list of hashes could name them either: inline scripts are
 * allowed, but scripts from anywhere else, eval and plugins are not. Reader
 * pages show no user-written HTML (story bodies are rendered from a schema).
 */
export function readerContentSecurityPolicy(options: SecurityOptions): string {
  return serialize({
    ...sharedDirectives(options),
    "script-src": ["'self'", "'unsafe-inline'", ...evalInDevelopment(options)],
  });
}

/**
 * The policy of the per-request pages (NONCE_AREAS): only scripts carrying
 * this response's nonce run, and what they load ('strict-dynamic'). Next
 * reads the nonce from the request's copy of this header and puts it on all
 * of its own scripts.
 */
export function staffContentSecurityPolicy(nonce: string, options: SecurityOptions): string {
  return serialize({
    ...sharedDirectives(options),
    // data: for small inline images, blob: for the preview of an image being
    // uploaded. Reader pages use neither, and their policy must hold no ":"
    // (see securityHeaderRules).
    "img-src": ["'self'", "data:", "blob:"],
    "script-src": ["'self'", `'nonce-${nonce}'`, "'strict-dynamic'", ...evalInDevelopment(options)],
  });
}

/** 128 random bits, base64: a fresh one for every per-request page. */
export function newNonce(): string {
  return btoa(String.fromCharCode(...crypto.getRandomValues(new Uint8Array(16))));
}

/** The headers that are the same on every response. */
export function fixedSecurityHeaders(options: SecurityOptions): { key: string; value: string }[] {
  return [
    { key: "X-Content-Type-Options", value: "nosniff" },
    { key: "Referrer-Policy", value: "strict-origin-when-cross-origin" },
    // For browsers older than CSP's frame-ancestors.
    { key: "X-Frame-Options", value: "DENY" },
    { key: "Permissions-Policy", value: UNUSED_FEATURES.map((feature) => `${feature}=()`).join(", ") },
    ...(isHttps(options)
      ? [{ key: "Strict-Transport-Security", value: `max-age=${HSTS_MAX_AGE_SECONDS}; includeSubDomains` }]
      : []),
  ];
}

/** Every address except the NONCE_AREAS, in next.config.ts's path syntax. */
export const READER_CSP_SOURCE = `/:path((?!(?:${NONCE_AREAS.map((area) => area.slice(1)).join("|")})(?:/|$)).*)`;

/**
 * The rules for next.config.ts `headers()`. Next computes them at build time,
 * so HSTS and upgrade-insecure-requests on reader pages follow SITE_URL as
 * `next build` sees it. A value holding ":" is compiled again as a path
 * pattern on every request (Next's compileNonPath, about 13 µs for the
 * policy), so none of these values may hold one.
 */
export function securityHeaderRules(options: SecurityOptions) {
  return [
    { source: "/:path*", headers: fixedSecurityHeaders(options) },
    {
      source: READER_CSP_SOURCE,
      headers: [{ key: "Content-Security-Policy", value: readerContentSecurityPolicy(options) }],
    },
  ];
}
