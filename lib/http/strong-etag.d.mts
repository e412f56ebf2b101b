/** Types of lib/http/strong-etag.mjs, plain JavaScript that Next's cache handler loads too. */
export function strongEtag(body: string | Buffer): string;
