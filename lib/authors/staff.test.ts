import { afterEach, beforeEach, describe, expect, it } from "vitest";
import type { SessionUser } from "@/lib/auth/session-user";
import { createStaffByline } from "@/lib/authors/staff";
import type { Role } from "@/lib/generated/prisma/enums";
import { createTestDatabase, type TestDatabase } from "@/lib/testing/database";

let database: TestDatabase;
beforeEach(() => {
  database = createTestDatabase();
});
afterEach(() => database.dispose());

async function person(name: string, role: Role): Promise<SessionUser> {
  const email = `${name.toLowerCase()}@example.com`;
  const user = await database.client.user.create({ data: { email, name, role, status: "ACTIVE" } });
  return { id: user.id, email, name, role };
}
const context = (actor: SessionUser) => ({ actor, ip: "command line" });

describe("createStaffByline", () => {
  it("adds a staff byline without an account, its slug freed if taken, with an audit event", async () => {
    const editor = await person("Edie", "EDITOR");
    const { client } = database;
    await client.author.create({ data: { name: "Another Mira", slug: "mira", kind: "STAFF" } });
    const result = await createStaffByline(
      client,
      { name: " Mira Holt ", slug: "mira", bio: "Harbour reporter." },
      context(editor),
    );
    expect(result).toMatchObject({ ok: true, name: "Mira Holt", slug: "mira-2" });
    if (!result.ok) return;
    expect(await client.author.findUniqueOrThrow({ where: { id: result.authorId } })).toMatchObject({
      kind: "STAFF",
      userId: null,
      bio: "Harbour reporter.",
    });
    const event = await client.auditEvent.findFirstOrThrow({ where: { action: "author.create" } });
    expect(event).toMatchObject({ actorId: editor.id, targetType: "author", targetId: result.authorId });
    expect(JSON.parse(event.details)).toEqual({ name: "Mira Holt", slug: "mira-2" });
  });

  it("makes the slug from the name when none is given", async () => {
    const editor = await person("Edie", "EDITOR");
    expect(await createStaffByline(database.client, { name: "Tom Reyes" }, context(editor))).toMatchObject({
      ok: true,
      slug: "tom-reyes",
    });
  });

  it("refuses a writer, recording the refusal and adding nothing", async () => {
    const writer = await person("Wren", "WRITER");
    const { client } = database;
    expect(await createStaffByline(client, { name: "Mira Holt" }, context(writer))).toEqual({
      ok: false,
      message: "You may not add bylines. Ask an editor.",
    });
    expect(await client.author.count()).toBe(0);
    expect((await client.auditEvent.findMany()).map((event) => event.action)).toEqual(["access.denied"]);
  });

  it("refuses a byline without a name, or with too long a bio", async () => {
    const editor = await person("Edie", "EDITOR");
    const { client } = database;
    expect(await createStaffByline(client, { name: "  " }, context(editor))).toEqual({
      ok: false,
      message: "Enter the name readers see on the stories.",
    });
    expect(await createStaffByline(client, { name: "Mira", bio: "x".repeat(2001) }, context(editor))).toEqual({
      ok: false,
      message: "Use at most 2000 characters.",
    });
    expect(await client.author.count()).toBe(0);
    expect(await client.auditEvent.count()).toBe(0);
  });
});
