// A strong ETag of a body's bytes: SHA-256, base64url, 27 characters (162
// bits). Plain JavaScript, so both Next's cache handler (lib/cache/isr-handler.mjs,
// loaded outside the bundle) and the content API's answers use this one.
import { createHash } from "node:crypto";

/** @param {string | Buffer} body */
export function strongEtag(body) {
  return `"${createHash("sha256").update(body).digest("base64url").slice(0, 27)}"`;
}
