/** Types of lib/cache/isr-handler.mjs, which Next loads as plain JavaScript. */
export function proxyHeaders(
  nextTags: string | undefined,
  expireSeconds: number | undefined,
  nowMs: number,
): { xkey?: string; "byline-expires"?: string };
export function entityTag(body: unknown): { etag?: string };
export function pageAsBytes<Data>(data: Data): Data;
export function cacheClock(): number;
type TagEntry = { stale?: number; expired?: number };
export function revalidatedTagEntry(
  entry: TagEntry | undefined,
  durations: { expire?: number } | undefined,
  now: number,
): TagEntry;
type CachedEntry = { value: unknown; lastModified: number } | null;
declare class BylineCacheHandler {
  constructor(ctx: {
    flushToDisk: boolean;
    maxMemoryCacheSize: number;
    revalidatedTags: string[];
    serverDistDir: string;
  });
  set(key: string, data: unknown, ctx: { cacheControl?: { revalidate: number; expire?: number } }): Promise<void>;
  get(key: string, ctx: { kind: string }): Promise<CachedEntry>;
  revalidateTag(tags: string | string[], durations?: { expire?: number }): Promise<void>;
}
export default BylineCacheHandler;
