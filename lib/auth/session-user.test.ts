import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { findSessionUser } from "@/lib/auth/session-user";
import { createTestDatabase, type TestDatabase } from "@/lib/testing/database";

let database: TestDatabase;
let id: string;
beforeEach(async () => {
  database = createTestDatabase();
  id = (
    await database.client.user.create({
      data: { email: "s@example.com", name: "S", role: "EDITOR", status: "ACTIVE", sessionVersion: 3 },
    })
  ).id;
});
afterEach(() => database.dispose());

describe("findSessionUser", () => {
  it("accepts a token issued under the current session version", async () => {
    expect(await findSessionUser(database.client, { id, sessionVersion: 3 })).toEqual({
      id,
      email: "s@example.com",
      name: "S",
      role: "EDITOR",
    });
  });

  it("refuses a token from before a role change, disable or new password", async () => {
    expect(await findSessionUser(database.client, { id, sessionVersion: 2 })).toBeNull();
    expect(await findSessionUser(database.client, { id, sessionVersion: undefined })).toBeNull();
  });

  it("refuses a disabled or deleted user", async () => {
    await database.client.user.update({ where: { id }, data: { status: "DISABLED" } });
    expect(await findSessionUser(database.client, { id, sessionVersion: 3 })).toBeNull();
    expect(await findSessionUser(database.client, { id: "gone", sessionVersion: 3 })).toBeNull();
  });
});
