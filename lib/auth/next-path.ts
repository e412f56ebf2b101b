/** Where a signed-in user goes when the sign-in link did not say. */
export const DEFAULT_AFTER_SIGN_IN = "/editor";

const PROBE_ORIGIN = "http://byline.invalid";

/**
 * The `next` parameter of /login, made safe: only a path on this site
 * ("/admin/users?role=WRITER"), never another site ("//evil.example",
 * "https://evil.example", "/\\evil.example") or a script URL. Anything
 * else gives the default.
 */
export function safeNextPath(next: string | null | undefined, fallback: string = DEFAULT_AFTER_SIGN_IN): string {
  // biome-ignore lint/suspicious/noControlCharactersInRegex: control characters are what this refuses.
  if (!next?.startsWith("/") || next.startsWith("//") || /[\\\u0000-\u001f]/.test(next)) return fallback;
  try {
    const url = new URL(next, PROBE_ORIGIN);
    if (url.origin !== PROBE_ORIGIN) return fallback;
    return `${url.pathname}${url.search}${url.hash}`;
  } catch {
    return fallback;
  }
}

/** The same check, for when "no safe path" should mean "none" rather than the default. */
export function safeNextPathOrNone(next: string | null | undefined): string | undefined {
  return safeNextPath(next, "") || undefined;
}

export type LoginReason = "session-ended" | "signed-out";

/** The /login address that brings the user back to `next` afterwards, with an optional notice or the code step. */
export function loginPath({ next, reason, step }: { next?: string; reason?: LoginReason; step?: "code" } = {}): string {
  const params = new URLSearchParams();
  if (next) params.set("next", next);
  if (reason) params.set("reason", reason);
  if (step) params.set("step", step);
  const query = params.toString();
  return query ? `/login?${query}` : "/login";
}
