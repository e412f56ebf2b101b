/** Types of lib/cache/isr-handler.mjs, which Next loads as plain JavaScript. */
export function proxyHeaders(
  nextTags: string | undefined,
  expireSeconds: number | undefined,
  nowMs: number,
): { xkey?: string; "byline-expires"?: string };
export function entityTag(body: unknown): { etag?: string };
export function pageAsBytes<Data>(data: Data): Data;
declare const BylineCacheHandler: unknown;
export default BylineCacheHandler;
