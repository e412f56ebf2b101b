import os from "node:os";
import path from "node:path";
import { defineConfig } from "vitest/config";

export default defineConfig({
  resolve: {
    alias: { "@": import.meta.dirname },
  },
  test: {
    include: ["lib/**/*.test.ts", "lib/**/*.test.tsx", "scripts/**/*.test.ts", "prisma/**/*.test.ts"],
    environment: "node",
    pool: "forks",
    // Unit tests never write into the project's own data folder.
    env: { MEDIA_DIR: path.join(os.tmpdir(), `byline-unit-media-${process.pid}`) },
  },
});
