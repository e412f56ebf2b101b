/**
 * Link policy for the article body: only absolute http(s) and mailto links.
 * Shared by the schema (on save), the renderer (again, on output) and the
 * importers, so there is exactly one definition of "safe".
 */

export const MAX_HREF_LENGTH = 2048;

const ALLOWED_PROTOCOLS = new Set(["http:", "https:", "mailto:"]);

// Browsers silently drop tabs/newlines inside URLs ("java\tscript:"), so any
// control character is treated as an attack rather than cleaned up.
// biome-ignore lint/suspicious/noControlCharactersInRegex: control characters are what this looks for.
const CONTROL_CHARS = /[\u0000-\u001f\u007f-\u009f]/;

// The URL constructor accepts "https:example.com"; require the canonical
// spelling so what the editor sees is what the reader gets.
const CANONICAL_START = /^(?:https?:\/\/[^/]|mailto:\S)/i;

/**
 * Returns the trimmed href if it is an allowed absolute link, else null.
 * Surrounding spaces (a common paste artefact) are trimmed; anything else
 * suspicious is rejected.
 */
export function normalizeHref(raw: string): string | null {
  const href = raw.trim();
  if (href.length === 0 || href.length > MAX_HREF_LENGTH) return null;
  if (CONTROL_CHARS.test(href) || !CANONICAL_START.test(href)) return null;
  let url: URL;
  try {
    url = new URL(href);
  } catch {
    return null;
  }
  if (!ALLOWED_PROTOCOLS.has(url.protocol)) return null;
  if (url.protocol !== "mailto:" && url.hostname === "") return null;
  return href;
}

export function isSafeHref(raw: string): boolean {
  return normalizeHref(raw) !== null;
}

/** Only http(s): used where a mailto link would make no sense (sources, related stories). */
export function normalizeWebUrl(raw: string): string | null {
  const href = normalizeHref(raw);
  return href !== null && /^https?:/i.test(href) ? href : null;
}

/**
 * For URLs we generate ourselves (media files, article paths): a site-relative
 * path or an http(s) URL. Re-checked at render time as defence in depth.
 */
export function isSafeResourceUrl(raw: string): boolean {
  if (raw.startsWith("/")) return !raw.startsWith("//") && !raw.startsWith("/\\") && !CONTROL_CHARS.test(raw);
  return normalizeWebUrl(raw) === raw;
}
