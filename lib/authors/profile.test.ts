import { afterEach, beforeEach, describe, expect, it } from "vitest";
import type { SessionUser } from "@/lib/auth/session-user";
import { saveProfile } from "@/lib/authors/profile";
import { getAuthor } from "@/lib/authors/queries";
import { profileSchema } from "@/lib/authors/schema";
import type { Role } from "@/lib/generated/prisma/enums";
import { createTestDatabase, type TestDatabase } from "@/lib/testing/database";

let database: TestDatabase;

beforeEach(() => {
  database = createTestDatabase();
});
afterEach(() => database.dispose());

async function person(name: string, role: Role): Promise<SessionUser> {
  const email = `${name.toLowerCase().replace(/\W+/g, ".")}@example.com`;
  const user = await database.client.user.create({
    data: { email, name, role, status: "ACTIVE", passwordHash: "x" },
  });
  return { id: user.id, email, name, role };
}
const context = (actor: SessionUser) => ({ actor, ip: "203.0.113.1" });
const profile = (fields: Record<string, string>) =>
  profileSchema.parse({ name: "Leila Haddad", jobTitle: "", bio: "", links: "", ...fields });
const audit = async () =>
  (await database.client.auditEvent.findMany({ orderBy: { createdAt: "asc" } })).map((event) => event.action);

describe("saveProfile", () => {
  it("makes a writer's own byline on first save, and keeps its address when they rename it", async () => {
    const writer = await person("Leila Haddad", "WRITER");
    const first = await saveProfile(
      database.client,
      profile({
        jobTitle: "Moscow correspondent",
        bio: "Leila covers Russia.",
        links: "https://social.example/@leila\n\nsocial.example/leila",
      }),
      context(writer),
    );
    expect(first).toMatchObject({ ok: true, slug: "leila-haddad", revalidate: { taxonomy: true } });
    expect(await getAuthor("leila-haddad", database.client)).toMatchObject({
      kind: "STAFF",
      jobTitle: "Moscow correspondent",
      bio: "Leila covers Russia.",
      links: ["https://social.example/@leila", "https://social.example/leila"],
      photo: null,
    });
    await saveProfile(database.client, profile({ name: "Leila H. Haddad" }), context(writer));
    expect(await getAuthor("leila-haddad", database.client)).toMatchObject({ name: "Leila H. Haddad", bio: "" });
    expect(await audit()).toEqual(["author.update", "author.update"]);
  });

  it("refuses a writer another's profile, recording the attempt; an editor may change it", async () => {
    const writer = await person("Leila Haddad", "WRITER");
    const other = await person("Sam Okafor", "WRITER");
    const editor = await person("Ed Itor", "EDITOR");
    const own = await saveProfile(database.client, profile({}), context(writer));
    if (!own.ok) throw new Error(own.message);
    const refused = await saveProfile(
      database.client,
      profile({ authorId: own.authorId, bio: "Defaced." }),
      context(other),
    );
    expect(refused).toMatchObject({ ok: false, message: expect.stringContaining("only your own profile") });
    const edited = await saveProfile(
      database.client,
      profile({ authorId: own.authorId, bio: "Checked by the desk." }),
      context(editor),
    );
    expect(edited).toMatchObject({ ok: true, message: expect.stringContaining("Leila Haddad's profile is saved") });
    expect((await getAuthor("leila-haddad", database.client))?.bio).toBe("Checked by the desk.");
    expect(await audit()).toEqual(["author.update", "access.denied", "author.update"]);
  });

  it("refuses a photo that is not there, and asks for a credit with one", async () => {
    const writer = await person("Leila Haddad", "WRITER");
    expect(
      await saveProfile(database.client, profile({ photoMediaId: "gone", photoCredit: "Me" }), context(writer)),
    ).toMatchObject({ ok: false, field: "photoMediaId" });
    const noCredit = profileSchema.safeParse({ name: "Leila", photoMediaId: "m1", links: "" });
    expect(noCredit.success).toBe(false);
    expect(noCredit.error?.issues[0]).toMatchObject({ path: ["photoCredit"] });
  });

  it("names the line that is not a web address", () => {
    const parsed = profileSchema.safeParse({ name: "Leila", links: "https://ok.example\njavascript:alert(1)" });
    expect(parsed.success).toBe(false);
    expect(parsed.error?.issues[0]?.message).toBe(
      "Links, line 2: “javascript:alert(1)” is not a web address starting with https://.",
    );
  });
});
