import "server-only";
import type { z } from "zod";
import { db } from "@/lib/db";
import { messageForStorageFailure } from "@/lib/db-errors";
import { env } from "@/lib/env";
import type { PrismaClient } from "@/lib/generated/prisma/client";
import { problemResponse } from "@/lib/http/problem";
import { strongEtag } from "@/lib/http/strong-etag.mjs";
import { authenticateApiKey, noteApiKeyUse } from "./keys";
import { RateLimiter } from "./rate-limit";

/**
 * The content API's HTTP behaviour, the same for every route: a key in
 * `Authorization: Bearer`, a rate limit per key, query strings parsed with
 * zod, an ETag on every answer (304 for a matching If-None-Match), CORS for
 * GET, and every error as application/problem+json.
 */

const CORS_HEADERS = {
  "access-control-allow-origin": "*",
  "access-control-allow-methods": "GET, OPTIONS",
  "access-control-allow-headers": "Authorization, If-None-Match",
  "access-control-expose-headers": "ETag, Retry-After, RateLimit-Limit, RateLimit-Remaining",
  "access-control-max-age": "86400",
} as const;

/** Answers depend on the key and on what was published a moment ago: clients revalidate with the ETag. */
const CACHE_CONTROL = "private, no-cache";

const TITLES: Record<number, string> = {
  400: "Bad request",
  401: "Unauthorized",
  404: "Not found",
  429: "Too many requests",
  503: "Service unavailable",
};

/** A problem answer that scripts on other sites may read, as they may the answers. */
export function apiProblem(status: number, detail: string, headers: Record<string, string> = {}): Response {
  return problemResponse(status, TITLES[status] ?? "Error", detail, { ...CORS_HEADERS, ...headers });
}

/** True when If-None-Match names this ETag (or is `*`), weak or strong (RFC 9110, 13.1.2). */
export function matchesIfNoneMatch(header: string | null, etag: string): boolean {
  if (!header) return false;
  return header
    .split(",")
    .map((tag) => tag.trim().replace(/^W\//, ""))
    .some((tag) => tag === "*" || tag === etag);
}

export function jsonResponse(request: Request, value: unknown, headers: Record<string, string> = {}): Response {
  const body = JSON.stringify(value);
  const etag = strongEtag(body);
  const common = { ...CORS_HEADERS, etag, "cache-control": CACHE_CONTROL, vary: "Authorization", ...headers };
  if (matchesIfNoneMatch(request.headers.get("if-none-match"), etag)) {
    return new Response(null, { status: 304, headers: common });
  }
  return new Response(body, { status: 200, headers: { ...common, "content-type": "application/json" } });
}

/** The preflight a browser sends before a GET with `Authorization`. */
export function preflight(): Response {
  return new Response(null, { status: 204, headers: CORS_HEADERS });
}

let sharedLimiter: RateLimiter | undefined;
/** One allowance per key across the API's routes, sized by CONTENT_API_RATE_LIMIT. */
function siteLimiter(): RateLimiter {
  sharedLimiter ??= new RateLimiter(env().CONTENT_API_RATE_LIMIT);
  return sharedLimiter;
}

function presentedKey(request: Request): string | null {
  const match = /^Bearer\s+(\S+)\s*$/i.exec(request.headers.get("authorization") ?? "");
  return match?.[1] ?? null;
}

/**
 * The query string as an object, a parameter given twice kept as its list so
 * the schema refuses it. Built with fromEntries, so `__proto__` is a key like
 * any other (refused as unknown) and never the object's prototype.
 */
function queryObject(url: URL): Record<string, string | string[]> {
  return Object.fromEntries(
    [...new Set(url.searchParams.keys())].map((name) => {
      const values = url.searchParams.getAll(name);
      return [name, values.length === 1 ? (values[0] as string) : values];
    }),
  );
}

function queryProblem(error: z.ZodError): string {
  const issue = error.issues[0];
  if (!issue) return "The query string was not understood.";
  if (issue.code === "unrecognized_keys") {
    return `Unknown parameter${issue.keys.length > 1 ? "s" : ""}: ${issue.keys.join(", ")}. See /api/content/v1/openapi.json.`;
  }
  const name = issue.path.join(".");
  if (issue.code === "invalid_type" && issue.expected === "string") return `Give ${name} once, as one value.`;
  return name ? `${name}: ${issue.message}` : issue.message;
}

export type ApiContext = { client: PrismaClient; now: Date };
export type ApiAnswer = { found: true; value: unknown } | { found: false; detail: string; status: 400 | 404 };

type RouteContext = { params: Promise<Record<string, string>> };

/** A GET of the content API: key, rate limit, the query parsed by `query` (a strict object: unknown parameters are refused), then `answer`. */
export function contentApiGet<S extends z.ZodObject>(
  query: S,
  answer: (input: z.output<S>, context: ApiContext, params: Record<string, string>) => Promise<ApiAnswer>,
  { client = () => db, limiter = siteLimiter }: { client?: () => PrismaClient; limiter?: () => RateLimiter } = {},
): (request: Request, route: RouteContext) => Promise<Response> {
  return async (request, route) => {
    try {
      const key = presentedKey(request);
      const caller = key ? await authenticateApiKey(client(), key) : null;
      if (!caller) {
        return apiProblem(
          401,
          key
            ? "That API key is not valid, or has been revoked. An admin can make a new one under Admin → API keys."
            : "Send an API key as `Authorization: Bearer <key>`. An admin can make one under Admin → API keys.",
          { "www-authenticate": 'Bearer realm="Byline content API"' },
        );
      }
      const allowed = limiter().take(caller.id, Date.now());
      if (!allowed.ok) {
        return apiProblem(
          429,
          `This key may make ${allowed.limit} requests a minute. Try again in ${allowed.retryAfterSeconds} s.`,
          { "retry-after": String(allowed.retryAfterSeconds), "ratelimit-limit": String(allowed.limit) },
        );
      }
      const limits = { "ratelimit-limit": String(allowed.limit), "ratelimit-remaining": String(allowed.remaining) };
      const parsed = query.safeParse(queryObject(new URL(request.url)));
      if (!parsed.success) return apiProblem(400, queryProblem(parsed.error), limits);
      const now = new Date();
      const result = await answer(parsed.data, { client: client(), now }, await route.params);
      if (!result.found) return apiProblem(result.status, result.detail, limits);
      // Only an answered request counts as a use: a refusal writes nothing. The note is bookkeeping:
      // a disk that refuses it (logged) still lets the API read.
      await noteApiKeyUse(client(), caller, now).catch((error: unknown) => {
        messageForStorageFailure(error, "Noting a content API key's use");
      });
      return jsonResponse(request, result.value, limits);
    } catch (error) {
      const detail = messageForStorageFailure(
        error,
        "A content API request",
        () => "Byline could not read its database just now. Try again in a minute.",
      );
      return apiProblem(503, detail, { "retry-after": "60" });
    }
  };
}

export const BAD_CURSOR: ApiAnswer = {
  found: false,
  status: 400,
  detail: "That cursor is not one this API gave out. Start again without `cursor`.",
};
