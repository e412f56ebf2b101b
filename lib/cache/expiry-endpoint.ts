import { z } from "zod";
import { isCacheExpiryKey } from "@/lib/cache/expiry-key";
import { expireOnThisServer, revalidate } from "@/lib/cache/revalidate";
import { problemResponse } from "@/lib/http/problem";

const revalidationSchema = z.object({
  articleIds: z.array(z.string().min(1).max(100)).max(10_000),
  taxonomy: z.boolean(),
  settings: z.boolean().default(false),
  /** "site" (a script): expire here, then on the other servers and in Varnish. "server" (another server, lib/cache/peers.ts): here only. */
  scope: z.enum(["site", "server"]).default("site"),
});

/**
 * The running site's end of a script's write (`npm run import`, the demo
 * seed): expires the same cache tags, in Next and in Varnish, as the
 * newsroom's own save would; and of another server's write, which expires
 * them here only. Needs the key of lib/cache/expiry-key.ts.
 */
export async function expireFromRequest(request: Request): Promise<Response> {
  const authorization = request.headers.get("authorization") ?? "";
  const key = authorization.startsWith("Bearer ") ? authorization.slice("Bearer ".length) : "";
  if (!key || !isCacheExpiryKey(key)) {
    return problemResponse(401, "Not allowed", "Send the site's cache-expiry key as `Authorization: Bearer <key>`.");
  }
  let body: unknown;
  try {
    body = await request.json();
  } catch {
    return problemResponse(400, "Not JSON", 'The body must be JSON such as {"articleIds": ["…"], "taxonomy": false}.');
  }
  const parsed = revalidationSchema.safeParse(body);
  if (!parsed.success) {
    return problemResponse(
      400,
      "Not understood",
      'The body must be {"articleIds": [up to 10,000 ids], "taxonomy": true|false, "settings": true|false, "scope": "site"|"server"}.',
    );
  }
  const { scope, ...revalidation } = parsed.data;
  if (scope === "server") expireOnThisServer(revalidation);
  else await revalidate(revalidation);
  return new Response(null, { status: 204, headers: { "cache-control": "no-store" } });
}
