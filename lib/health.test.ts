import { cpSync, mkdirSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { createPrismaClient } from "@/lib/db";
import type { PrismaClient } from "@/lib/generated/prisma/client";
import {
  checkReadiness,
  databaseIsReachable,
  READINESS_KEPT_MS,
  type ReadinessOptions,
  recentReadiness,
} from "@/lib/health";
import { createTestDatabase, runsOnPostgres, type TestDatabase } from "@/lib/testing/database";
import { makeReadOnly } from "@/lib/testing/read-only-file";

const A_MIGRATION = runsOnPostgres ? "20261209000000_init" : "20261206000200_desk_indexes";
const MIGRATIONS = path.resolve("prisma", ...(runsOnPostgres ? ["postgresql"] : []), "migrations");

let database: TestDatabase;
let scratch: string;
beforeEach(() => {
  database = createTestDatabase();
  scratch = mkdtempSync(path.join(os.tmpdir(), "byline-health-"));
});
afterEach(async () => {
  await database.dispose();
  rmSync(scratch, { recursive: true, force: true });
});

function readiness(overrides: ReadinessOptions = {}) {
  return checkReadiness({
    client: database.client,
    ...(runsOnPostgres ? {} : { databaseFile: database.file }),
    migrationsDir: MIGRATIONS,
    mediaDir: path.join(scratch, "media"),
    ...overrides,
  });
}

describe("databaseIsReachable", () => {
  it("is true for a migrated database", async () => {
    expect(await databaseIsReachable(database.client)).toBe(true);
  });

  it.skipIf(runsOnPostgres)("is false when the database file cannot be opened", async () => {
    const client = createPrismaClient("file:/nonexistent-dir/for/byline.db");
    expect(await databaseIsReachable(client)).toBe(false);
  });
});

describe("checkReadiness", () => {
  it("is ready with a writable, migrated database and media folder, and leaves nothing behind", async () => {
    expect(await readiness()).toEqual({ ready: true });
    const tables = await database.client.$queryRawUnsafe<{ name: string }[]>(
      runsOnPostgres
        ? `SELECT table_name AS name FROM information_schema.tables WHERE table_name LIKE '%readiness%'`
        : `SELECT name FROM sqlite_schema WHERE name LIKE '%readiness%'`,
    );
    expect(tables).toEqual([]);
    // The media folder was made, as the first upload would make it, and the probe file is gone.
    expect(readdirSync(path.join(scratch, "media"))).toEqual([]);
  });

  it.skipIf(runsOnPostgres)("names the database when its file cannot be written", async (context) => {
    await database.client.$disconnect();
    const undo = makeReadOnly(database.file);
    if (!undo) context.skip("this process can write to a file whatever its mode");
    const readOnly = createPrismaClient(`file:${database.file}`);
    try {
      expect(await readiness({ client: readOnly })).toEqual({
        ready: false,
        reasons: ["The database is not writable: attempt to write a readonly database (SQLITE_READONLY)."],
      });
    } finally {
      await readOnly.$disconnect();
      undo?.();
    }
  });

  it.skipIf(runsOnPostgres)("names the database when it may not grow", async () => {
    const [{ page_count } = { page_count: 0n }] =
      await database.client.$queryRawUnsafe<{ page_count: bigint }[]>("PRAGMA page_count");
    await database.client.$queryRawUnsafe(`PRAGMA max_page_count = ${page_count}`);
    expect(await readiness()).toEqual({
      ready: false,
      reasons: ["The database is not writable: database or disk is full (SQLITE_FULL)."],
    });
  });

  it.skipIf(runsOnPostgres)("names a disk with less free space than saves need", async () => {
    const answer = await readiness({ minimumFreeBytes: Number.MAX_SAFE_INTEGER });
    expect(answer).toMatchObject({
      ready: false,
      reasons: [expect.stringMatching(/^The disk holding the database is full: \d+ [KM]B free/)],
    });
  });

  it("names the migrations this checkout has and the database does not", async () => {
    const migrations = path.join(scratch, "migrations");
    cpSync(MIGRATIONS, migrations, { recursive: true });
    for (const name of ["29990101000000_from_the_future", "29990102000000_and_another"]) {
      mkdirSync(path.join(migrations, name));
      writeFileSync(path.join(migrations, name, "migration.sql"), "SELECT 1;");
    }
    expect(await readiness({ migrationsDir: migrations })).toEqual({
      ready: false,
      reasons: [
        "Migrations are pending (run `npm run db:migrate`): 29990101000000_from_the_future, 29990102000000_and_another.",
      ],
    });
  });

  it("names a migration that failed", async () => {
    await recordFailedMigration(database.client, A_MIGRATION);
    expect(await readiness()).toEqual({
      ready: false,
      reasons: [`A migration failed and needs attention: ${A_MIGRATION}.`],
    });
  });

  it.skipIf(runsOnPostgres)(
    "names a media folder that cannot be made or written, and gives every reason at once",
    async () => {
      const notAFolder = path.join(scratch, "a-file");
      writeFileSync(notAFolder, "");
      const answer = await readiness({
        mediaDir: path.join(notAFolder, "media"),
        minimumFreeBytes: Number.MAX_SAFE_INTEGER,
      });
      expect(answer).toMatchObject({
        ready: false,
        reasons: [
          expect.stringMatching(/^The disk holding the database is full/),
          "The media folder (MEDIA_DIR) is not writable (ENOTDIR): uploads would fail.",
        ],
      });
    },
  );
});

describe("recentReadiness", () => {
  it("checks at most once every five seconds, however often it is asked", async () => {
    let checks = 0;
    const check = async () => {
      checks++;
      return { ready: true as const };
    };
    const start = 1_000_000_000;
    await Promise.all([
      recentReadiness(check, start),
      recentReadiness(check, start + 1),
      recentReadiness(check, start + 4999),
    ]);
    expect(checks).toBe(1);
    await recentReadiness(check, start + READINESS_KEPT_MS);
    expect(checks).toBe(2);
  });
});

async function recordFailedMigration(client: PrismaClient, name: string) {
  await client.$executeRaw`UPDATE "_prisma_migrations" SET "finished_at" = NULL WHERE "migration_name" = ${name}`;
}
