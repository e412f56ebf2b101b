import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { findOrCreateAgency } from "@/lib/articles/bylines";
import type { SessionUser } from "@/lib/auth/session-user";
import { mergeAgencies, updateAgency } from "@/lib/authors/agencies";
import { findAuthorRedirect, getAuthor } from "@/lib/authors/queries";
import { agencySchema } from "@/lib/authors/schema";
import { createTestDatabase, type TestDatabase } from "@/lib/testing/database";

let database: TestDatabase;
let editor: SessionUser;
let apId: string;
let associatedPressId: string;
let staffId: string;

beforeEach(async () => {
  database = createTestDatabase();
  const created = await database.client.user.create({
    data: { email: "ed@example.com", name: "Ed", role: "EDITOR", status: "ACTIVE", passwordHash: "x" },
  });
  editor = { id: created.id, email: created.email, name: created.name, role: created.role };
  apId = (await database.client.author.create({ data: { name: "AP", slug: "ap", kind: "AGENCY" } })).id;
  associatedPressId = (
    await database.client.author.create({
      data: { name: "Associated Press", slug: "associated-press", kind: "AGENCY" },
    })
  ).id;
  staffId = (await database.client.author.create({ data: { name: "Leila Haddad", slug: "leila-haddad" } })).id;
});
afterEach(() => database.dispose());

const context = () => ({ actor: editor, ip: "203.0.113.1" });
const story = (slug: string, authorIds: string[]) =>
  database.client.article.create({
    data: {
      slug,
      headline: slug,
      body: "{}",
      authors: { create: authorIds.map((authorId, position) => ({ authorId, position })) },
    },
  });
const bylinesOf = async (slug: string) =>
  (
    await database.client.articleAuthor.findMany({
      where: { article: { slug } },
      orderBy: { position: "asc" },
      select: { author: { select: { name: true } } },
    })
  ).map((link) => link.author.name);

describe("updateAgency", () => {
  it("saves the name, description and website, which readers see on its page", async () => {
    const input = agencySchema.parse({
      authorId: associatedPressId,
      name: "Associated Press",
      bio: "An American news agency.",
      url: "apnews.com",
    });
    expect(await updateAgency(database.client, input, context())).toMatchObject({ ok: true });
    expect(await getAuthor("associated-press", database.client)).toMatchObject({
      bio: "An American news agency.",
      url: "https://apnews.com",
    });
  });

  it("refuses a name another byline has, and a staff byline", async () => {
    const clash = agencySchema.parse({ authorId: apId, name: "associated press", url: "" });
    expect(await updateAgency(database.client, clash, context())).toMatchObject({ ok: false, field: "name" });
    const staff = agencySchema.parse({ authorId: staffId, name: "Leila", url: "" });
    expect(await updateAgency(database.client, staff, context())).toMatchObject({ ok: false, field: "authorId" });
  });
});

describe("mergeAgencies", () => {
  it("moves the bylines once each, leaves the old address leading to the survivor, and a typed old name finds it", async () => {
    await story("only-ap", [apId]);
    await story("both", [staffId, apId, associatedPressId]);
    const result = await mergeAgencies(database.client, { authorId: apId, into: "Associated Press" }, context());
    expect(result).toMatchObject({
      ok: true,
      authorId: associatedPressId,
      message: "AP is merged into Associated Press: 2 stories moved to its byline.",
    });
    expect(await bylinesOf("only-ap")).toEqual(["Associated Press"]);
    expect(await bylinesOf("both")).toEqual(["Leila Haddad", "Associated Press"]);
    expect(await findAuthorRedirect("ap", database.client)).toBe("associated-press");
    const typed = await database.client.$transaction((tx) => findOrCreateAgency(tx, "AP"));
    expect(typed).toEqual({ id: associatedPressId, created: false });
  });

  it("refuses a staff writer, an unknown name or itself, beside the field", async () => {
    for (const into of ["Leila Haddad", "Reuters", "AP"])
      expect(await mergeAgencies(database.client, { authorId: apId, into }, context()), into).toMatchObject({
        ok: false,
        field: "into",
      });
    expect(await database.client.author.count()).toBe(3);
  });
});
