import { spawnSync } from "node:child_process";
import path from "node:path";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { authenticateApiKey } from "@/lib/content-api/keys";
import { createTestDatabase, type TestDatabase } from "@/lib/testing/database";

let database: TestDatabase;
beforeEach(() => {
  database = createTestDatabase();
});
afterEach(() => database.dispose());

function apikeyCreate(args: string[]) {
  return spawnSync(
    path.resolve("node_modules/.bin/tsx"),
    ["--conditions=react-server", "scripts/apikey-create.ts", ...args],
    { env: { ...process.env, DATABASE_URL: database.url }, encoding: "utf8" },
  );
}

describe("npm run apikey:create", { timeout: 30_000 }, () => {
  it("prints a working key once, and records who made it", async () => {
    const run = apikeyCreate(["--name", "Newsletter"]);
    expect(run.stderr).toBe("");
    expect(run.status).toBe(0);
    const key = run.stdout.match(/^byline_[\w-]{43}$/m)?.[0] ?? "";
    expect(await authenticateApiKey(database.client, key)).toMatchObject({ name: "Newsletter" });
    const event = await database.client.auditEvent.findFirstOrThrow({ where: { action: "apikey.create" } });
    expect(event).toMatchObject({ actorId: null, ip: "command line" });
  });

  it("refuses a missing name with a message, writing nothing", async () => {
    const run = apikeyCreate(["--name", "  "]);
    expect(run.status).toBe(1);
    expect(run.stderr).toContain("Give the key a name");
    expect(await database.client.apiKey.count()).toBe(0);
  });
});
