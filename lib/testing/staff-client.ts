import { readFileSync } from "node:fs";
import path from "node:path";

/**
 * A member of staff driving a running Byline over HTTP as their browser
 * would: signed in through Auth.js, calling the same server actions the
 * editor calls, with the same encoding React uses. For tests and tools that
 * put load on a real `next start` (the crash test, the soak), where a browser
 * per editor would cost more than the server being measured.
 */

export type ActionReply<T> = {
  status: number;
  /** The action's answer, or undefined when the server answered with an error instead. */
  result: T | undefined;
  body: string;
};

/**
 * The address of the page the action is called from, as a browser posts it
 * (a save from "/editor/articles/<id>"). An action that expires pages answers
 * with a fresh render of that page, which is part of its cost. By default,
 * an address of a page whose bundle holds the action.
 */
export type ActionOptions = { page?: string };

export interface StaffClient {
  readonly baseUrl: string;
  /** Calls a defineAction server action by its exported name ("saveStory"), with its one argument. */
  action<T = unknown>(name: string, input: unknown, options?: ActionOptions): Promise<ActionReply<T>>;
  /** Calls a defineFormAction server action by its exported name ("addCorrectionAction") with form fields. */
  formAction<T = unknown>(
    name: string,
    fields: Record<string, string>,
    options?: ActionOptions,
  ): Promise<ActionReply<T>>;
  /** POSTs `body` as JSON to a route handler (the story editor's save), as the editor's own page does. */
  postJson<T = unknown>(path: string, body: unknown): Promise<ActionReply<T>>;
  /** GET with the session cookie. */
  get(path: string): Promise<Response>;
}

type ActionEntry = { id: string; page: string };

const manifests = new Map<string, Map<string, ActionEntry>>();

/**
 * Server actions of a production build, by exported name: the id Next gave
 * each, and a page whose bundle holds it (an action is posted to a page).
 */
export function serverActions(distDir = path.resolve(".next")): Map<string, ActionEntry> {
  const known = manifests.get(distDir);
  if (known) return known;
  const file = path.join(distDir, "server", "server-reference-manifest.json");
  let manifest: { node: Record<string, { exportedName?: string; workers: Record<string, unknown> }> };
  try {
    manifest = JSON.parse(readFileSync(file, "utf8"));
  } catch {
    throw new Error(`No production build at ${distDir} (${file} is missing): run \`npx next build\` first.`);
  }
  const actions = new Map<string, ActionEntry>();
  for (const [id, entry] of Object.entries(manifest.node)) {
    const worker = Object.keys(entry.workers).find((name) => name.startsWith("app/") && name.endsWith("/page"));
    if (!entry.exportedName || !worker) continue;
    actions.set(entry.exportedName, { id, page: pagePath(worker) });
  }
  manifests.set(distDir, actions);
  return actions;
}

/** "app/editor/articles/[id]/page" → "/editor/articles/x": any address of the page will do. */
function pagePath(worker: string): string {
  const route = worker
    .slice("app".length, -"/page".length)
    .split("/")
    .filter((segment) => !/^\(.*\)$/.test(segment))
    .map((segment) => (segment.startsWith("[") ? "x" : segment))
    .join("/");
  return route === "" ? "/" : route;
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
  const post = async <T>(
    name: string,
    body: string | FormData,
    options: ActionOptions = {},
  ): Promise<ActionReply<T>> => {
    const entry = serverActions().get(name);
    if (!entry) throw new Error(`The build has no server action named ${name}.`);
    const response = await fetch(`${baseUrl}${options.page ?? entry.page}`, {
      method: "POST",
      headers: {
        "next-action": entry.id,
        accept: "text/x-component",
        origin: baseUrl,
        cookie,
        ...(typeof body === "string" ? { "content-type": "text/plain;charset=UTF-8" } : {}),
      },
      body,
    });
    const text = await response.text();
    return { status: response.status, result: response.ok ? actionResult<T>(text) : undefined, body: text };
  };
  return {
    baseUrl,
    action: (name, input, options) => post(name, JSON.stringify([escapeReply(input)]), options),
    formAction: (name, fields, options) => {
      // React sends (previousState, formData): the form's fields as part 1 ("_1_<name>"), then the
      // arguments as part "0", last, because the server decodes them as soon as they arrive.
      const data = new FormData();
      for (const [field, value] of Object.entries(fields)) data.set(`_1_${field}`, value);
      data.set("0", JSON.stringify([{ status: "idle" }, "$K1"]));
      return post(name, data, options);
    },
    postJson: async <T>(pathname: string, body: unknown): Promise<ActionReply<T>> => {
      const response = await fetch(`${baseUrl}${pathname}`, {
        method: "POST",
        headers: { "content-type": "application/json", origin: baseUrl, cookie },
        body: JSON.stringify(body),
      });
      const text = await response.text();
      return { status: response.status, result: jsonOrUndefined<T>(text), body: text };
    },
    get: (pathname) => fetch(`${baseUrl}${pathname}`, { headers: { cookie } }),
  };
}

function jsonOrUndefined<T>(text: string): T | undefined {
  try {
    return JSON.parse(text) as T;
  } catch {
    return undefined;
  }
}

/** React's reply encoding marks its own references with "$": a string that starts with one is sent as "$$…". */
function escapeReply(value: unknown): unknown {
  if (typeof value === "string") return value.startsWith("$") ? `$${value}` : value;
  if (Array.isArray(value)) return value.map(escapeReply);
  if (value && typeof value === "object") {
    return Object.fromEntries(Object.entries(value).map(([key, item]) => [key, escapeReply(item)]));
  }
  return value;
}

/**
 * The action's answer out of React's flight response: row 0 names the row
 * holding it ("$@1"); values in it that start with "$" are React's own
 * encodings, of which actions answer only "$undefined", dates ("$D…") and
 * escaped strings ("$$…").
 */
export function actionResult<T>(flight: string): T | undefined {
  const rows = new Map<string, string>();
  for (const line of flight.split("\n")) {
    const colon = line.indexOf(":");
    if (colon > 0) rows.set(line.slice(0, colon), line.slice(colon + 1));
  }
  const head = rows.get("0");
  if (!head) return undefined;
  const reference = (JSON.parse(head) as { a?: unknown }).a;
  const row = typeof reference === "string" && reference.startsWith("$@") ? rows.get(reference.slice(2)) : undefined;
  if (row === undefined) return reference === undefined ? undefined : (decode(reference) as T);
  return decode(JSON.parse(row)) as T;
}

function decode(value: unknown): unknown {
  if (typeof value === "string") {
    if (value === "$undefined") return undefined;
    if (value.startsWith("$D")) return value.slice(2);
    if (value.startsWith("$$")) return value.slice(1);
    return value;
  }
  if (Array.isArray(value)) return value.map(decode);
  if (value && typeof value === "object") {
    return Object.fromEntries(Object.entries(value).map(([key, item]) => [key, decode(item)]));
  }
  return value;
}
