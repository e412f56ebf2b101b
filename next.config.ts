import path from "node:path";
import type { NextConfig } from "next";
import { readerResponseHeaders } from "./lib/cache/dynamic-headers";
import { listingRewrites } from "./lib/pagination/rewrites";
import { securityHeaderRules, securityOptions } from "./lib/security/headers";

const nextConfig: NextConfig = {
  poweredByHeader: false,
  // Cached pages carry an ETag made once, when they are stored (lib/cache/isr-handler.mjs).
  generateEtags: false,
  // A separate build folder lets two builds (say, two test runs) live side by side.
  distDir: process.env.NEXT_DIST_DIR || ".next",
  // Native modules stay outside the server bundle.
  serverExternalPackages: ["better-sqlite3", "sharp", "@prisma/adapter-better-sqlite3"],
  // Next's route cache, adding the headers Varnish needs (lib/cache/isr-handler.mjs).
  cacheHandler: path.resolve(import.meta.dirname, "lib/cache/isr-handler.mjs"),
  // Cached pages, and "use cache" data, are kept in memory only, each in an
  // LRU of this many bytes (see NEXT_SERVER_NODE_FLAGS in scripts/servers.ts).
  cacheMaxMemorySize: 48 * 1024 * 1024,
  experimental: {
    // forbidden() and app/forbidden.tsx: a 403 page for signed-in users without the right.
    authInterrupts: true,
    // Reader pages and feeds are cached whole (ISR) and pass their cache tags
    // and lifetimes through "use cache" functions: see lib/cache/reader-cache.ts.
    useCache: true,
    // Keep regenerated pages in memory only: the database is the truth, so a
    // restarted server renders afresh instead of serving a previous run's pages.
    isrFlushToDisk: false,
    // A long story's body plus its fields can pass Next's 1 MB default; wire
    // copy alone may be up to 1 MB (lib/content/wire.ts).
    serverActions: { bodySizeLimit: "4mb" },
  },
  async headers() {
    // The nonce policy of staff pages is the proxy's (proxy.ts); the rest is fixed.
    return [...securityHeaderRules(securityOptions()), ...readerResponseHeaders()];
  },
  async rewrites() {
    return listingRewrites();
  },
};

export default nextConfig;
