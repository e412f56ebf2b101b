import os from "node:os";
import path from "node:path";
import { defineConfig } from "vitest/config";

export default defineConfig({
  resolve: {
    alias: {
      "@": import.meta.dirname,
      // Tests run on the server side, where "server-only" is an empty module (its react-server export).
      "server-only": path.join(import.meta.dirname, "node_modules/server-only/empty.js"),
    },
  },
  test: {
    include: ["lib/**/*.test.ts", "lib/**/*.test.tsx", "scripts/**/*.test.ts", "prisma/**/*.test.ts"],
    environment: "node",
    // next-auth imports "next/server" without an extension, which Node's ESM loader refuses; Vite resolves it.
    server: { deps: { inline: ["next-auth"] } },
    pool: "forks",
    // Unit tests never write into the project's own data folder.
    env: { MEDIA_DIR: path.join(os.tmpdir(), `byline-unit-media-${process.pid}`) },
  },
});
