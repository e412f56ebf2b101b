import { afterEach, describe, expect, it } from "vitest";
import { createPrismaClient } from "@/lib/db";
import { databaseIsReachable } from "@/lib/health";
import { createTestDatabase, type TestDatabase } from "@/lib/testing/database";

let database: TestDatabase | undefined;
afterEach(async () => {
  await database?.dispose();
});

describe("databaseIsReachable", () => {
  it("is true for a migrated database", async () => {
    database = createTestDatabase();
    expect(await databaseIsReachable(database.client)).toBe(true);
  });

  it("is false when the database file cannot be opened", async () => {
    const client = createPrismaClient("file:/nonexistent-dir/for/byline.db");
    expect(await databaseIsReachable(client)).toBe(false);
  });
});
