import { expireFromRequest } from "@/lib/cache/expiry-endpoint";

/** POST: scripts expire the running site's cached pages (see lib/cache/notify-site.ts). */
export const POST = expireFromRequest;
