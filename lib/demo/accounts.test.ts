import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { authenticate } from "@/lib/auth/credentials";
import { DEMO_ACCOUNTS, DEMO_PASSWORD, seedDemoAccounts } from "@/lib/demo/accounts";
import { createTestDatabase, type TestDatabase } from "@/lib/testing/database";

let database: TestDatabase;
beforeEach(() => {
  database = createTestDatabase();
});
afterEach(() => database.dispose());

describe("seedDemoAccounts", () => {
  it("creates an admin, an editor and a writer, each with a byline, and is idempotent", async () => {
    const lines: string[] = [];
    await seedDemoAccounts((line) => lines.push(line), database.client);
    await seedDemoAccounts((line) => lines.push(line), database.client);
    const users = await database.client.user.findMany({ include: { author: true }, orderBy: { email: "asc" } });
    expect(users.map((u) => [u.email, u.role, u.status, u.author?.kind])).toEqual([
      ["admin@example.com", "ADMIN", "ACTIVE", "STAFF"],
      ["editor@example.com", "EDITOR", "ACTIVE", "STAFF"],
      ["writer@example.com", "WRITER", "ACTIVE", "STAFF"],
    ]);
    expect(DEMO_PASSWORD.length).toBeGreaterThanOrEqual(12);
    expect(lines.join("\n")).toContain(DEMO_PASSWORD);
    for (const account of DEMO_ACCOUNTS) {
      expect(
        await authenticate(database.client, { email: account.email, password: DEMO_PASSWORD, address: "unknown" }),
      ).toMatchObject({ ok: true });
    }
  });
});
