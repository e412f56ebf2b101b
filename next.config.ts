import type { NextConfig } from "next";

const nextConfig: NextConfig = {
  poweredByHeader: false,
  // A separate build folder lets two builds (say, two test runs) live side by side.
  distDir: process.env.NEXT_DIST_DIR || ".next",
  // Native modules stay outside the server bundle.
  serverExternalPackages: ["better-sqlite3", "sharp", "@prisma/adapter-better-sqlite3"],
  experimental: {
    // forbidden() and app/forbidden.tsx: a 403 page for signed-in users without the right.
    authInterrupts: true,
  },
};

export default nextConfig;
