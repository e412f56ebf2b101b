import { afterEach, beforeEach, describe, expect, it } from "vitest";
import type { SessionUser } from "@/lib/auth/session-user";
import { createSection, deleteSection, moveSection, setSectionInNavigation, updateSection } from "@/lib/sections/admin";
import { findSectionRedirect, listSections } from "@/lib/sections/queries";
import { recentDeletion } from "@/lib/taxonomy/notices";
import { createTestDatabase, type TestDatabase } from "@/lib/testing/database";

let database: TestDatabase;
let editor: SessionUser;

beforeEach(async () => {
  database = createTestDatabase();
  const created = await database.client.user.create({
    data: { email: "ed@example.com", name: "Ed", role: "EDITOR", status: "ACTIVE", passwordHash: "x" },
  });
  editor = { id: created.id, email: created.email, name: created.name, role: created.role };
});
afterEach(() => database.dispose());

const context = () => ({ actor: editor, ip: "203.0.113.1" });
const add = async (name: string) => {
  const result = await createSection(database.client, { name, description: "" }, context());
  if (!result.ok) throw new Error(result.message);
  return result.sectionId;
};
const names = async () => (await listSections(database.client)).map((section) => section.name);
const audit = async () =>
  (await database.client.auditEvent.findMany({ orderBy: { createdAt: "asc" } })).map((event) => event.action);
const story = (slug: string, sectionId: string) =>
  database.client.article.create({
    data: { slug, headline: slug, body: "{}", sectionId, updatedAt: new Date("2026-01-02T03:04:05Z") },
  });

describe("createSection", () => {
  it("adds a section at the end of the navigation, its slug from its name, audited, expiring every page", async () => {
    await add("World");
    const result = await createSection(database.client, { name: "Sports & Leisure", description: "Games." }, context());
    expect(result).toMatchObject({ ok: true, revalidate: { articleIds: [], taxonomy: true } });
    const created = await database.client.section.findUniqueOrThrow({ where: { name: "Sports & Leisure" } });
    expect(created).toMatchObject({
      slug: "sports-and-leisure",
      position: 1,
      inNavigation: true,
      description: "Games.",
    });
    expect(await names()).toEqual(["World", "Sports & Leisure"]);
    expect(await audit()).toEqual(["section.create", "section.create"]);
  });

  it("refuses a name in use beside the name, writing nothing", async () => {
    await add("World");
    expect(await createSection(database.client, { name: "World", description: "" }, context())).toMatchObject({
      ok: false,
      field: "name",
      message: "There is already a section called World.",
    });
    expect(await database.client.section.count()).toBe(1);
  });
});

describe("updateSection", () => {
  it("renames a section and its slug, and the old address leads to the new one", async () => {
    const id = await add("Sports");
    const result = await updateSection(
      database.client,
      { sectionId: id, name: "Sport", slug: "sport", description: "All of it." },
      context(),
    );
    expect(result).toMatchObject({ ok: true, message: expect.stringContaining("/sections/sport") });
    expect(await findSectionRedirect("sports", database.client)).toBe("sport");
    expect(await audit()).toEqual(["section.create", "section.update"]);
  });

  it("refuses a slug another section has, or had", async () => {
    const world = await add("World");
    const sports = await add("Sports");
    await updateSection(
      database.client,
      { sectionId: world, name: "World", slug: "planet", description: "" },
      context(),
    );
    const result = await updateSection(
      database.client,
      { sectionId: sports, name: "Sports", slug: "world", description: "" },
      context(),
    );
    expect(result).toMatchObject({ ok: false, field: "slug" });
    expect(await database.client.section.findUniqueOrThrow({ where: { id: sports } })).toMatchObject({
      slug: "sports",
    });
  });

  it("answers a section that is gone with a message, not an error", async () => {
    const result = await updateSection(
      database.client,
      { sectionId: "missing", name: "X", slug: "x", description: "" },
      context(),
    );
    expect(result).toMatchObject({ ok: false, field: "sectionId" });
  });
});

describe("the navigation", () => {
  it("moves a section up and down, and refuses past either end", async () => {
    await add("World");
    await add("Business");
    const sports = await add("Sports");
    expect(await moveSection(database.client, { sectionId: sports, direction: "up" }, context())).toMatchObject({
      ok: true,
      message: "Sports is now number 2 of 3.",
    });
    expect(await names()).toEqual(["World", "Sports", "Business"]);
    await moveSection(database.client, { sectionId: sports, direction: "up" }, context());
    expect(await moveSection(database.client, { sectionId: sports, direction: "up" }, context())).toMatchObject({
      ok: false,
      message: "Sports is already first.",
    });
    expect(await names()).toEqual(["Sports", "World", "Business"]);
  });

  it("hides a section from the navigation and shows it again", async () => {
    const world = await add("World");
    await add("Sports");
    await setSectionInNavigation(database.client, { sectionId: world, inNavigation: false }, context());
    expect(await names()).toEqual(["Sports"]);
    await setSectionInNavigation(database.client, { sectionId: world, inNavigation: true }, context());
    expect(await names()).toEqual(["World", "Sports"]);
  });
});

describe("deleteSection", () => {
  it("deletes an empty section, whose old address then leads nowhere", async () => {
    const sports = await add("Sports");
    const result = await deleteSection(database.client, { sectionId: sports, moveTo: "", confirm: "on" }, context());
    expect(result).toMatchObject({ ok: true, message: "Sports is deleted." });
    expect(await database.client.section.count()).toBe(0);
    expect(await findSectionRedirect("sports", database.client)).toBeNull();
    expect(await recentDeletion("section.delete", sports, { client: database.client })).toEqual({
      name: "Sports",
      stories: 0,
      movedTo: null,
    });
  });

  it("refuses a section with stories unless they move, beside the choice of section", async () => {
    const world = await add("World");
    await story("one", world);
    const result = await deleteSection(database.client, { sectionId: world, moveTo: "", confirm: "on" }, context());
    expect(result).toMatchObject({
      ok: false,
      field: "moveTo",
      message: "World has 1 story. Choose a section to move it to.",
    });
    expect(await database.client.section.count()).toBe(1);
  });

  it("moves the stories in the same step, keeps their update time, and leaves the old address leading there", async () => {
    const world = await add("World");
    const europe = await add("Europe");
    const before = await story("one", world);
    await story("two", world);
    const result = await deleteSection(database.client, { sectionId: world, moveTo: europe, confirm: "on" }, context());
    expect(result).toMatchObject({ ok: true, message: "World is deleted; its 2 stories are now in Europe." });
    const moved = await database.client.article.findUniqueOrThrow({ where: { id: before.id } });
    expect(moved.sectionId).toBe(europe);
    expect(moved.updatedAt).toEqual(before.updatedAt);
    expect(await database.client.article.count({ where: { sectionId: europe } })).toBe(2);
    expect(await findSectionRedirect("world", database.client)).toBe("europe");
    expect(await audit()).toEqual(["section.create", "section.create", "section.delete"]);
  });
});
