import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { hashPassword, verifyPassword } from "@/lib/auth/password";
import { startSession } from "@/lib/sessions/store";
import { createTestDatabase, type TestDatabase } from "@/lib/testing/database";
import { changeOwnPassword } from "@/lib/users/account";

let database: TestDatabase;
let userId: string;
beforeEach(async () => {
  database = createTestDatabase();
  userId = (
    await database.client.user.create({
      data: {
        email: "me@example.com",
        name: "Me",
        status: "ACTIVE",
        passwordHash: await hashPassword("the old password"),
      },
    })
  ).id;
});
afterEach(() => database.dispose());

const signIn = () => startSession(database.client, { userId, userAgent: "", ip: "" });
const change = (currentPassword: string, ip = "203.0.113.8", sessionId = "") =>
  changeOwnPassword(database.client, { userId, sessionId, currentPassword, newPassword: "the new password", ip });

describe("changeOwnPassword", () => {
  it("needs the current password, then ends the other sessions and keeps this one", async () => {
    const [here] = [await signIn(), await signIn(), await signIn()];
    expect(await change("the old password", "203.0.113.8", here)).toEqual({ ok: true });
    const user = await database.client.user.findUniqueOrThrow({ where: { id: userId } });
    expect(await verifyPassword(user.passwordHash, "the new password")).toBe(true);
    expect(await database.client.staffSession.findMany({ select: { id: true } })).toEqual([{ id: here }]);
  });

  it("counts wrong guesses towards the lock-out", async () => {
    for (let i = 0; i < 4; i++) expect(await change("a wrong guess")).toEqual({ ok: false, reason: "wrong-current" });
    await change("a wrong guess");
    expect(await change("the old password")).toEqual({ ok: false, reason: "locked" });
    expect(await database.client.auditEvent.count({ where: { action: "auth.password_change_failed" } })).toBe(5);
  });
});
