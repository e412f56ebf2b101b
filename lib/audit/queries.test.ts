import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { AUDIT_EVENTS_PER_PAGE, listAuditActions, listAuditEvents } from "@/lib/audit/queries";
import { recordAudit } from "@/lib/audit/record";
import { createTestDatabase, type TestDatabase } from "@/lib/testing/database";

let database: TestDatabase;
let admin: { id: string; email: string };
let writer: { id: string; email: string };
beforeEach(async () => {
  database = createTestDatabase();
  admin = await database.client.user.create({ data: { email: "a@example.com", name: "A", role: "ADMIN" } });
  writer = await database.client.user.create({ data: { email: "w@example.com", name: "W" } });
  await database.client.$transaction(async (tx) => {
    await recordAudit(tx, { action: "auth.signin", actor: admin, targetType: "user", targetId: admin.id });
    await recordAudit(tx, {
      action: "user.disable",
      actor: admin,
      targetType: "user",
      targetId: writer.id,
      details: { email: writer.email },
    });
    await recordAudit(tx, {
      action: "auth.signin_failed",
      targetType: "user",
      targetId: writer.id,
      details: { email: writer.email },
      ip: "203.0.113.4",
    });
  });
});
afterEach(() => database.dispose());

describe("listAuditEvents", () => {
  it("filters by action and names the target", async () => {
    const { events, total } = await listAuditEvents({ action: "user.disable", page: 1 }, database.client);
    expect(total).toBe(1);
    expect(events[0]).toMatchObject({
      actorEmail: "a@example.com",
      targetLabel: "w@example.com",
      details: { email: "w@example.com" },
    });
  });

  it("finds what a user did and what was done to them", async () => {
    const { events } = await listAuditEvents({ user: writer.id, page: 1 }, database.client);
    expect(events.map((e) => e.action).sort()).toEqual(["auth.signin_failed", "user.disable"]);
  });

  it("pages through the log, newest first", async () => {
    await database.client.$transaction(async (tx) => {
      for (let i = 0; i < AUDIT_EVENTS_PER_PAGE; i++) await recordAudit(tx, { action: "bulk.event", details: { i } });
    });
    const first = await listAuditEvents({ page: 1 }, database.client);
    const second = await listAuditEvents({ page: 2 }, database.client);
    expect(first.pageCount).toBe(2);
    expect(first.events).toHaveLength(AUDIT_EVENTS_PER_PAGE);
    expect(second.events).toHaveLength(3);
    expect(await listAuditActions(database.client)).toEqual([
      "auth.signin",
      "auth.signin_failed",
      "bulk.event",
      "user.disable",
    ]);
  });
});
