import type { CurrentSession } from "@/lib/auth/session";
import type { SessionUser } from "@/lib/auth/session-user";
import type { PrismaClient } from "@/lib/generated/prisma/client";

/**
 * What a request would bring, for tests that call server actions and route
 * handlers as Next.js would: the signed-in user, the request's headers and
 * cookies, and the database. A test file points Next's modules at these with
 * vi.mock (see lib/security/*.test.ts) and sets them before each call.
 */
export const request = {
  client: null as PrismaClient | null,
  user: null as SessionUser | null,
  headers: new Headers({ "x-forwarded-for": "203.0.113.7" }),
  cookies: new Map<string, string>(),
};

/** Stands in for lib/db.ts's `db`: every use goes to the client of the test at hand. */
export const currentDatabase = new Proxy({} as PrismaClient, {
  get(_target, key) {
    if (!request.client) throw new Error("No test database: set request.client first.");
    const value = Reflect.get(request.client, key);
    return typeof value === "function" ? value.bind(request.client) : value;
  },
});

type Cookie = { name: string; value: string };

/** next/headers as Auth.js and lib/auth/session.ts use it. */
export const nextHeaders = {
  headers: async () => request.headers,
  cookies: async () => ({
    get: (name: string): Cookie | undefined => {
      const value = request.cookies.get(name);
      return value === undefined ? undefined : { name, value };
    },
    getAll: (): Cookie[] => [...request.cookies].map(([name, value]) => ({ name, value })),
    has: (name: string) => request.cookies.has(name),
    set: (name: string | Cookie, value?: string) => {
      if (typeof name === "string") request.cookies.set(name, value ?? "");
      else request.cookies.set(name.name, name.value);
    },
    delete: (name: string) => request.cookies.delete(name),
  }),
};

/** lib/auth/session.ts's look-ups, answered from `request` instead of a session cookie. */
export const sessionLookups = {
  getCurrentUser: async (): Promise<SessionUser | null> => request.user,
  getCurrentSession: async (): Promise<CurrentSession | null> =>
    request.user
      ? { id: `session-of-${request.user.id}`, user: request.user, twoFactorEnabled: false, mustSetUpTwoFactor: false }
      : null,
  clientAddress: async () => "203.0.113.7",
};

/** Next's redirect(), notFound(), forbidden() and unauthorized() end a request by throwing one of these. */
export function isNextControlFlow(error: unknown): boolean {
  const digest = (error as { digest?: unknown } | null)?.digest;
  return typeof digest === "string" && /^(NEXT_REDIRECT|NEXT_HTTP_ERROR_FALLBACK)/.test(digest);
}
