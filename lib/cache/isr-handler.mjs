// Next's own route cache (the in-memory LRU of its file-system cache, bounded
// by `cacheMaxMemorySize`), with three response headers added to every cached
// page and feed, for the HTTP cache in front (deploy/varnish/byline.vcl):
//
// - `xkey`: the page's own cache tags (lib/cache/tags.ts), space-separated,
//   so an editor's change purges exactly the pages Next expires;
// - `byline-expires`: the Unix time after which no copy may be served (the
//   page's `expire`, at most the next scheduled publication), so the proxy
//   never shows a copy that hides a story that has come due;
// - `etag`, hashed once here: Next's own (`generateEtags`) hashes the whole
//   page again on every request, a seventh of the time a cached page costs.
//
// It also stores a page's HTML as bytes (pageAsBytes), and stamps pages and
// tag expiries by the clock the rest of Next's caches read (cacheClock). The
// headers are added to the entry Next stores and sends, so the first response
// of a render carries them as every cached one does. Plain JavaScript: Next
// loads this file at runtime, outside its bundle.
import fileSystemCache from "next/dist/server/lib/incremental-cache/file-system-cache.js";
import { tagsManifest } from "next/dist/server/lib/incremental-cache/tags-manifest.external.js";
import { strongEtag } from "../http/strong-etag.mjs";

// Node hands over the CommonJS exports, a bundler (the proxy's) may hand over the class itself.
const FileSystemCache = fileSystemCache.default ?? fileSystemCache;
const NEXT_TAGS_HEADER = "x-next-cache-tags";
// Tags Next derives from paths ("_N_T_/articles/[slug]/page"); purges use ours.
const IMPLICIT_TAG_PREFIX = "_N_T_";
const ROUTE_KINDS = new Set(["APP_PAGE", "APP_ROUTE"]);

/** The headers the proxy in front needs, from what Next stored and the entry's lifetime. */
export function proxyHeaders(nextTags, expireSeconds, nowMs) {
  const headers = {};
  const own = String(nextTags ?? "")
    .split(",")
    .filter((tag) => tag && !tag.startsWith(IMPLICIT_TAG_PREFIX));
  if (own.length > 0) headers.xkey = own.join(" ");
  if (typeof expireSeconds === "number") headers["byline-expires"] = String(Math.floor(nowMs / 1000) + expireSeconds);
  return headers;
}

/** A strong validator of the bytes readers get: the HTML of a page, the body of a feed. */
export function entityTag(body) {
  if (typeof body !== "string" && !Buffer.isBuffer(body)) return {};
  return { etag: strongEtag(body) };
}

/**
 * What Next stores for a rendered page: its HTML as UTF-8 bytes, not text.
 * Next answers a stored string with `res.end(string)`, which encodes the
 * whole page again on every request; a page with any character above U+00FF
 * (curly quotes, dashes, arrows: all real copy) is a two-byte string, and
 * encoding 84 KB of it cost about 0.4 ms a request. Bytes are piped as they
 * are (README, "Performance").
 */
export function pageAsBytes(data) {
  return data?.kind === "APP_PAGE" && typeof data.html === "string" ? { ...data, html: Buffer.from(data.html) } : data;
}

/**
 * The clock Next's caches judge ages and tag expiries by (IncrementalCache,
 * the tag manifest, "use cache"): the process's start plus a monotonic count.
 * Next's FileSystemCache stamps pages and tag expiries with `Date.now()`
 * instead. The two part once the wall clock is stepped while the process
 * runs (a virtual machine resumed, NTP): after a step forward of a minute,
 * an editor's change expired nothing for a minute, and the first readers were
 * served the old page. This handler stamps both by this clock.
 */
export function cacheClock() {
  return performance.timeOrigin + performance.now();
}

/** A tag's manifest entry after `revalidateTag(tag, durations)` at `now` (Next's own rule). */
export function revalidatedTagEntry(entry, durations, now) {
  if (!durations) return { ...entry, expired: now };
  return {
    ...entry,
    stale: now,
    ...(durations.expire === undefined ? {} : { expired: now + durations.expire * 1000 }),
  };
}

export default class BylineCacheHandler extends FileSystemCache {
  async set(key, data, ctx) {
    if (data && ROUTE_KINDS.has(data.kind)) {
      data.headers ??= {};
      Object.assign(
        data.headers,
        proxyHeaders(data.headers[NEXT_TAGS_HEADER], ctx?.cacheControl?.expire, Date.now()),
        entityTag(data.kind === "APP_PAGE" ? data.html : data.body),
      );
    }
    const stored = super.set(key, pageAsBytes(data), ctx);
    // Next put the entry in memory before its first await, stamped by Date.now().
    const entry = FileSystemCache.memoryCache?.get(key);
    if (entry) entry.lastModified = cacheClock();
    return stored;
  }

  async revalidateTag(tags, durations) {
    const now = cacheClock();
    for (const tag of typeof tags === "string" ? [tags] : tags) {
      tagsManifest.set(tag, revalidatedTagEntry(tagsManifest.get(tag), durations, now));
    }
  }
}
