/**
 * A member of staff driving a running Byline over HTTP as their browser
 * would: signed in through Auth.js, posting to the same JSON routes the
 * editor posts to (its saves, its corrections). For tests and tools that put
 * load on a real `next start` (the crash test, the soak), where a browser
 * per editor would cost more than the server being measured.
 */

export type RouteReply<T> = {
  status: number;
  /** The route's JSON answer, or undefined when the server answered something else (an error page). */
  result: T | undefined;
  body: string;
};

export interface StaffClient {
  readonly baseUrl: string;
  /** POSTs `body` as JSON to a route handler (the story editor's save), as the editor's own page does. */
  postJson<T = unknown>(path: string, body: unknown): Promise<RouteReply<T>>;
}

/** Cookies a response set, as name=value pairs. */
function setCookies(response: Response): Map<string, string> {
  const cookies = new Map<string, string>();
  for (const line of response.headers.getSetCookie()) {
    const pair = line.split(";", 1)[0] ?? "";
    const at = pair.indexOf("=");
    if (at > 0) cookies.set(pair.slice(0, at), pair.slice(at + 1));
  }
  return cookies;
}

function cookieHeader(cookies: Map<string, string>): string {
  return [...cookies].map(([name, value]) => `${name}=${value}`).join("; ");
}

/** Signs in through Auth.js's credentials endpoint, as the sign-in form does; throws with a clear message on refusal. */
export async function signInStaff(baseUrl: string, email: string, password: string): Promise<StaffClient> {
  const cookies = new Map<string, string>();
  const csrf = await fetch(`${baseUrl}/api/auth/csrf`);
  for (const [name, value] of setCookies(csrf)) cookies.set(name, value);
  const { csrfToken } = (await csrf.json()) as { csrfToken: string };
  const response = await fetch(`${baseUrl}/api/auth/callback/credentials`, {
    method: "POST",
    redirect: "manual",
    headers: { "content-type": "application/x-www-form-urlencoded", cookie: cookieHeader(cookies) },
    body: new URLSearchParams({ email, password, csrfToken, callbackUrl: `${baseUrl}/editor` }),
  });
  await response.body?.cancel();
  for (const [name, value] of setCookies(response)) cookies.set(name, value);
  if (![...cookies.keys()].some((name) => name.endsWith("authjs.session-token"))) {
    throw new Error(
      `${email} could not sign in at ${baseUrl} (${response.status} ${response.headers.get("location")})`,
    );
  }
  return staffClient(baseUrl, cookieHeader(cookies));
}

function staffClient(baseUrl: string, cookie: string): StaffClient {
  return {
    baseUrl,
    postJson: async <T>(pathname: string, body: unknown): Promise<RouteReply<T>> => {
      const response = await fetch(`${baseUrl}${pathname}`, {
        method: "POST",
        headers: { "content-type": "application/json", origin: baseUrl, cookie },
        body: JSON.stringify(body),
      });
      const text = await response.text();
      return { status: response.status, result: jsonOrUndefined<T>(text), body: text };
    },
  };
}

function jsonOrUndefined<T>(text: string): T | undefined {
  try {
    return JSON.parse(text) as T;
  } catch {
    return undefined;
  }
}
