import "dotenv/config";
import { defineConfig } from "prisma/config";
import { databaseUrl } from "./lib/env";

export default defineConfig({
  // The FTS5 search table, its shadow tables and its key table are created by
  // hand in the migration SQL; without this Prisma would plan to drop them.
  experimental: { externalTables: true },
  tables: {
    external: [
      "ArticleSearch",
      "ArticleSearch_config",
      "ArticleSearch_content",
      "ArticleSearch_data",
      "ArticleSearch_docsize",
      "ArticleSearch_idx",
      "ArticleSearch_key",
    ],
  },
  schema: "prisma/schema.prisma",
  migrations: {
    path: "prisma/migrations",
    seed: "tsx prisma/seed.ts",
  },
  datasource: {
    url: databaseUrl(),
  },
});
