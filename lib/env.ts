import path from "node:path";
import { z } from "zod";

/** A comma-separated list in one variable, as its trimmed, non-empty entries. */
function commaSeparated(byDefault: string) {
  return z
    .string()
    .default(byDefault)
    .transform((list) =>
      list
        .split(",")
        .map((entry) => entry.trim())
        .filter(Boolean),
    );
}

/**
 * Runtime configuration, read once from the environment and validated so a
 * typo in a deployment fails at start-up with a clear message.
 */
const envSchema = z.object({
  BYLINE_DATA_DIR: z.string().min(1).default("data"),
  DATABASE_URL: z
    .string()
    .regex(
      /^(file:|postgres(ql)?:\/\/)/,
      "DATABASE_URL must be a SQLite URL starting with file: or a PostgreSQL URL starting with postgresql://",
    )
    .optional(),
  MEDIA_DIR: z.string().min(1).optional(),
  /** Image storage each user may fill with uploads, in MB (lib/media/quota.ts). */
  MEDIA_QUOTA_MB: z
    .string()
    .regex(/^[1-9]\d*$/, "MEDIA_QUOTA_MB must be a whole number of megabytes such as 2048")
    .default("2048")
    .transform(Number),
  SITE_URL: z.url("SITE_URL must be an absolute URL such as https://news.example.com").default("http://localhost:3000"),
  SITE_NAME: z.string().min(1).default("Byline"),
  /** Varnish in front of the site (deploy/varnish/byline.vcl): every change purges its pages there. */
  VARNISH_URL: z.url("VARNISH_URL must be an absolute URL such as http://127.0.0.1:6081").optional(),
  /** Where scripts reach the running site to expire its cached pages (lib/cache/notify-site.ts). */
  BYLINE_INTERNAL_URL: z.url("BYLINE_INTERNAL_URL must be an absolute URL such as http://127.0.0.1:3000").optional(),
  /**
   * The site's other app servers (internal URLs, comma-separated), told of
   * every expiry so their page caches drop what this one's did
   * (lib/cache/peers.ts). `npm run serve:cached` sets it for its two servers.
   */
  BYLINE_PEER_URLS: commaSeparated("").pipe(
    z.array(z.url("BYLINE_PEER_URLS must list absolute URLs such as http://127.0.0.1:3002, separated by commas")),
  ),
  NEWSROOM_TIME_ZONE: z
    .string()
    .refine(isTimeZone, "NEWSROOM_TIME_ZONE must be an IANA time zone such as Europe/London")
    .default("UTC"),
  /** A staff session ends this many hours after sign-in, however busy (lib/sessions/store.ts). */
  SESSION_MAX_AGE_HOURS: z
    .string()
    .regex(/^[1-9]\d*$/, "SESSION_MAX_AGE_HOURS must be a whole number of hours such as 12")
    .default("12")
    .transform(Number),
  /** A staff session left alone this many minutes ends. */
  SESSION_IDLE_MINUTES: z
    .string()
    .regex(/^[1-9]\d*$/, "SESSION_IDLE_MINUTES must be a whole number of minutes such as 120")
    .default("120")
    .transform(Number),
  /** Requests each content API key may make a minute (lib/content-api/rate-limit.ts). */
  CONTENT_API_RATE_LIMIT: z
    .string()
    .regex(/^[1-9]\d*$/, "CONTENT_API_RATE_LIMIT must be a whole number of requests a minute such as 600")
    .default("600")
    .transform(Number),
  /** Lets webhooks reach private and loopback addresses: a receiver on the same box or intranet (lib/webhooks/address.ts). */
  WEBHOOKS_ALLOW_PRIVATE: z.stringbool({ error: "WEBHOOKS_ALLOW_PRIVATE must be true or false" }).default(false),
  /** Behind a reverse proxy: read the client from X-Forwarded-For (lib/auth/client-address.ts). */
  TRUST_PROXY: z.stringbool({ error: "TRUST_PROXY must be true or false" }).default(false),
  /** The proxies whose X-Forwarded-For entries are believed when TRUST_PROXY is on: addresses or CIDR ranges. */
  TRUSTED_PROXIES: commaSeparated("127.0.0.0/8,::1/128").pipe(
    z.array(
      z.union([z.cidrv4(), z.cidrv6(), z.ipv4(), z.ipv6()], {
        error: (issue) => `"${issue.input}" is not an IP address or CIDR range such as 10.0.0.0/8 or fd00::/8`,
      }),
    ),
  ),
});

/** True for an IANA time zone this runtime knows, such as Europe/Moscow. */
export function isTimeZone(zone: string): boolean {
  try {
    new Intl.DateTimeFormat("en", { timeZone: zone });
    return true;
  } catch {
    return false;
  }
}

export type Env = z.infer<typeof envSchema>;

let cached: Env | undefined;

export function env(): Env {
  if (!cached) {
    const parsed = envSchema.safeParse(process.env);
    if (!parsed.success) {
      const problems = parsed.error.issues.map((issue) => `  ${issue.path.join(".")}: ${issue.message}`);
      throw new Error(`Invalid environment:\n${problems.join("\n")}`);
    }
    cached = parsed.data;
  }
  return cached;
}

export type DatabaseProvider = "sqlite" | "postgresql";

/** Which database a URL names: SQLite (`file:`, the default) or PostgreSQL (`postgresql://`). */
export function providerOf(url: string): DatabaseProvider {
  return /^postgres(ql)?:\/\//.test(url) ? "postgresql" : "sqlite";
}

export function databaseProvider(): DatabaseProvider {
  return providerOf(databaseUrl());
}

/** Absolute path of the SQLite file; PostgreSQL has none, so asking for it there is a mistake in the caller. */
export function databaseFile(): string {
  const url = env().DATABASE_URL;
  if (url && providerOf(url) === "postgresql")
    throw new Error(
      "this works on a SQLite file, and DATABASE_URL names a PostgreSQL database (back that up with pg_dump, or your provider's backups)",
    );
  if (url) return path.resolve(/*turbopackIgnore: true*/ url.slice("file:".length));
  return path.resolve(/*turbopackIgnore: true*/ env().BYLINE_DATA_DIR, "byline.db");
}

export function databaseUrl(): string {
  const url = env().DATABASE_URL;
  return url && providerOf(url) === "postgresql" ? url : `file:${databaseFile()}`;
}

/** Where uploaded and generated images live; outside `public/` on purpose. */
export function mediaDir(): string {
  return path.resolve(/*turbopackIgnore: true*/ env().MEDIA_DIR ?? path.join(env().BYLINE_DATA_DIR, "media"));
}

export function siteUrl(): string {
  return env().SITE_URL.replace(/\/+$/, "");
}
