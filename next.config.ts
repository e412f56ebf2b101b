import type { NextConfig } from "next";

const nextConfig: NextConfig = {
  poweredByHeader: false,
  // Native modules stay outside the server bundle.
  serverExternalPackages: ["better-sqlite3", "sharp", "@prisma/adapter-better-sqlite3"],
};

export default nextConfig;
