import "dotenv/config";
import { defineConfig } from "prisma/config";
import { databaseUrl, providerOf } from "./lib/env";

const url = databaseUrl();
const postgresql = providerOf(url) === "postgresql";

export default defineConfig({
  // The search table (FTS5 with its shadow tables on SQLite, a tsvector table
  // on PostgreSQL) is created by hand in the migration SQL; without this
  // Prisma would plan to drop it.
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
  // Each database has its schema file and migrations (lib/migrations/postgres-schema.ts).
  schema: postgresql ? "prisma/postgresql/schema.prisma" : "prisma/schema.prisma",
  migrations: {
    path: postgresql ? "prisma/postgresql/migrations" : "prisma/migrations",
    seed: "tsx prisma/seed.ts",
  },
  datasource: { url },
});
