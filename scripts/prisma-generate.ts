/**
 * Generates Prisma's clients, one per database (lib/migrations/postgres-schema.ts),
 * without letting the Prisma CLI download its schema engine: generation does
 * not need it, and this machine (like an offline CI) cannot reach the host it
 * would come from. Any existing file satisfies the CLI's check.
 */
import { execFileSync } from "node:child_process";
import { readFileSync, writeFileSync } from "node:fs";
import { createRequire } from "node:module";
import { POSTGRES_SCHEMA, postgresSchemaText, SQLITE_SCHEMA } from "../lib/migrations/postgres-schema";

const require = createRequire(import.meta.url);
const prismaCli = require.resolve("prisma/build/index.js");

const postgresSchema = postgresSchemaText(readFileSync(SQLITE_SCHEMA, "utf8"));
if (readFileSync(POSTGRES_SCHEMA, { encoding: "utf8", flag: "a+" }) !== postgresSchema)
  writeFileSync(POSTGRES_SCHEMA, postgresSchema);

for (const schema of [SQLITE_SCHEMA, POSTGRES_SCHEMA]) {
  execFileSync(process.execPath, [prismaCli, "generate", "--schema", schema], {
    stdio: "inherit",
    env: {
      ...process.env,
      PRISMA_SCHEMA_ENGINE_BINARY: process.env.PRISMA_SCHEMA_ENGINE_BINARY ?? process.execPath,
      PRISMA_HIDE_UPDATE_MESSAGE: "1",
      CHECKPOINT_DISABLE: "1",
    },
  });
}
