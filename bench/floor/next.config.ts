import type { NextConfig } from "next";

/**
 * The floor of `npm run bench`: a minimal Next app whose only routes answer
 * the bytes captured from Byline, prerendered at build time (see
 * app/[name]/route.ts). Next's defaults, bar the header Byline also leaves out.
 */
const nextConfig: NextConfig = {
  poweredByHeader: false,
};

export default nextConfig;
