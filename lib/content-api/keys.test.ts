import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { createTestDatabase, type TestDatabase } from "@/lib/testing/database";
import { hashToken } from "@/lib/users/tokens";
import {
  API_KEY_USE_RESOLUTION_MS,
  authenticateApiKey,
  createApiKey,
  listApiKeys,
  noteApiKeyUse,
  revokeApiKey,
} from "./keys";

let database: TestDatabase;
const admin = { id: "", email: "admin@example.com" };

beforeEach(async () => {
  database = createTestDatabase();
  admin.id = (
    await database.client.user.create({ data: { email: admin.email, name: "Ada", role: "ADMIN", status: "ACTIVE" } })
  ).id;
});

afterEach(async () => {
  await database.dispose();
});

describe("API keys", () => {
  it("are shown once and stored only as a hash, with an audit event", async () => {
    const created = await createApiKey(database.client, { name: "Mobile app" }, { actor: admin, ip: "192.0.2.1" });
    expect(created.key).toMatch(/^byline_[\w-]{43}$/);
    expect(created.prefix).toBe(created.key.slice(0, 13));
    const row = await database.client.apiKey.findUniqueOrThrow({ where: { id: created.id } });
    expect(row).toMatchObject({ name: "Mobile app", hash: hashToken(created.key), createdById: admin.id });
    expect(JSON.stringify(row)).not.toContain(created.key);
    const event = await database.client.auditEvent.findFirstOrThrow({ where: { action: "apikey.create" } });
    expect(event).toMatchObject({ actorId: admin.id, targetType: "apikey", targetId: created.id, ip: "192.0.2.1" });
    expect(JSON.parse(event.details)).toEqual({ name: "Mobile app", prefix: created.prefix });
  });

  it("authenticate while they work; a use is noted at most once a minute", async () => {
    const { key, id } = await createApiKey(database.client, { name: "Partner" }, { actor: null, ip: "" });
    expect(await authenticateApiKey(database.client, key)).toEqual({ id, name: "Partner", lastUsedAt: null });
    const lastUsed = async () => (await database.client.apiKey.findUniqueOrThrow({ where: { id } })).lastUsedAt;
    const start = new Date("2026-12-01T10:00:00Z");
    await noteApiKeyUse(database.client, { id, name: "Partner", lastUsedAt: null }, start);
    expect(await lastUsed()).toEqual(start);
    await noteApiKeyUse(
      database.client,
      { id, name: "Partner", lastUsedAt: start },
      new Date(start.getTime() + 59_999),
    );
    expect(await lastUsed()).toEqual(start);
    const later = new Date(start.getTime() + API_KEY_USE_RESOLUTION_MS);
    await noteApiKeyUse(database.client, { id, name: "Partner", lastUsedAt: start }, later);
    expect(await lastUsed()).toEqual(later);
    expect(await authenticateApiKey(database.client, key)).toMatchObject({ lastUsedAt: later });
    expect(await authenticateApiKey(database.client, `${key}x`)).toBeNull();
    expect(await authenticateApiKey(database.client, key.replace("byline_", "other_"))).toBeNull();
  });

  it("stop working once revoked, and say so when revoked again", async () => {
    const { key, id } = await createApiKey(database.client, { name: "Old app" }, { actor: admin, ip: "" });
    expect(await revokeApiKey(database.client, id, { actor: admin, ip: "" })).toEqual({ ok: true, name: "Old app" });
    expect(await authenticateApiKey(database.client, key)).toBeNull();
    expect(await revokeApiKey(database.client, id, { actor: admin, ip: "" })).toEqual({
      ok: false,
      message: "“Old app” was already revoked.",
    });
    expect(await revokeApiKey(database.client, "gone", { actor: admin, ip: "" })).toMatchObject({ ok: false });
    expect(await database.client.auditEvent.count({ where: { action: "apikey.revoke" } })).toBe(1);
  });

  it("list working keys first, newest first", async () => {
    const make = async (name: string, day: number) => {
      const { id } = await createApiKey(database.client, { name }, { actor: admin, ip: "" });
      await database.client.apiKey.update({ where: { id }, data: { createdAt: new Date(Date.UTC(2026, 0, day)) } });
      return id;
    };
    const first = await make("First", 1);
    await make("Second", 2);
    await revokeApiKey(database.client, first, { actor: admin, ip: "" });
    await make("Third", 3);
    const names = (await listApiKeys(database.client)).map((row) => row.name);
    expect(names).toEqual(["Third", "Second", "First"]);
  });
});
