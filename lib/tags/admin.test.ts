import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { findOrCreateTags } from "@/lib/articles/tags";
import type { SessionUser } from "@/lib/auth/session-user";
import { deleteTag, mergeTags, renameTag } from "@/lib/tags/admin";
import { findTagRedirect, getTagListing } from "@/lib/tags/queries";
import { createTestDatabase, type TestDatabase } from "@/lib/testing/database";

let database: TestDatabase;
let editor: SessionUser;
let usId: string;
let unitedStatesId: string;

beforeEach(async () => {
  database = createTestDatabase();
  const created = await database.client.user.create({
    data: { email: "ed@example.com", name: "Ed", role: "EDITOR", status: "ACTIVE", passwordHash: "x" },
  });
  editor = { id: created.id, email: created.email, name: created.name, role: created.role };
  usId = (await database.client.tag.create({ data: { name: "U.S.", slug: "us" } })).id;
  unitedStatesId = (await database.client.tag.create({ data: { name: "United States", slug: "united-states" } })).id;
});
afterEach(() => database.dispose());

const context = () => ({ actor: editor, ip: "203.0.113.1" });
const now = new Date("2026-12-01T12:00:00Z");
/** A published story with these tags, in order. */
const story = (slug: string, tagIds: string[]) =>
  database.client.article.create({
    data: {
      slug,
      headline: slug,
      body: "{}",
      status: "PUBLISHED",
      publishedAt: new Date("2026-11-30T12:00:00Z"),
      tags: { create: tagIds.map((tagId, position) => ({ tagId, position })) },
    },
  });
const tagsOf = async (slug: string) =>
  (
    await database.client.articleTag.findMany({
      where: { article: { slug } },
      orderBy: { position: "asc" },
      select: { tag: { select: { name: true } } },
    })
  ).map((link) => link.tag.name);
const audit = async () =>
  (await database.client.auditEvent.findMany({ orderBy: { createdAt: "asc" } })).map((event) => event.action);

describe("renameTag", () => {
  it("renames a tag, and its old address leads to the new one", async () => {
    const result = await renameTag(database.client, { tagId: usId, name: "USA", slug: "usa" }, context());
    expect(result).toMatchObject({ ok: true, revalidate: { articleIds: [], taxonomy: true } });
    expect(await findTagRedirect("us", database.client)).toBe("usa");
    expect(await audit()).toEqual(["tag.update"]);
  });

  it("sends a name in use to merging, beside the name", async () => {
    const result = await renameTag(database.client, { tagId: usId, name: "United States", slug: "us" }, context());
    expect(result).toMatchObject({
      ok: false,
      field: "name",
      message: "A tag called United States exists: merge into it instead.",
    });
  });
});

describe("mergeTags", () => {
  it("retags the stories once each, leaves the old address leading to the survivor, and removes the merged tag", async () => {
    await story("only-us", [usId]);
    await story("both", [usId, unitedStatesId]);
    const result = await mergeTags(database.client, { tagId: usId, into: "united states" }, context());
    expect(result).toMatchObject({
      ok: true,
      tagId: unitedStatesId,
      message: "U.S. is merged into United States: 2 stories retagged, and /tags/us leads to /tags/united-states.",
    });
    expect(await tagsOf("only-us")).toEqual(["United States"]);
    expect(await tagsOf("both")).toEqual(["United States"]);
    expect(await database.client.tag.count()).toBe(1);
    expect(await findTagRedirect("us", database.client)).toBe("united-states");
    const listing = await getTagListing("united-states", 1, now, database.client);
    expect(listing?.stories.map((card) => card.slug).sort()).toEqual(["both", "only-us"]);
    expect(await audit()).toEqual(["tag.merge"]);
  });

  it("makes a merged-away name pick the survivor when a writer types it, and never hands out its address", async () => {
    await mergeTags(database.client, { tagId: usId, into: "United States" }, context());
    const typed = await database.client.$transaction((tx) => findOrCreateTags(tx, ["U.S."]));
    expect(typed).toEqual({ ids: [unitedStatesId], created: false });
  });

  it("refuses an unknown tag or the tag itself beside the field", async () => {
    expect(await mergeTags(database.client, { tagId: usId, into: "Canada" }, context())).toMatchObject({
      ok: false,
      field: "into",
      message: "There is no tag called Canada.",
    });
    expect(await mergeTags(database.client, { tagId: usId, into: "U.S." }, context())).toMatchObject({
      ok: false,
      field: "into",
    });
    expect(await database.client.tag.count()).toBe(2);
  });
});

describe("deleteTag", () => {
  it("takes the tag off its stories, audited, and its address leads nowhere", async () => {
    await story("both", [usId, unitedStatesId]);
    await renameTag(database.client, { tagId: usId, name: "USA", slug: "usa" }, context());
    const result = await deleteTag(database.client, { tagId: usId, confirm: "on" }, context());
    expect(result).toMatchObject({ ok: true, message: "USA is deleted and taken off 1 story." });
    expect(await tagsOf("both")).toEqual(["United States"]);
    expect(await findTagRedirect("us", database.client)).toBeNull();
    expect(await audit()).toEqual(["tag.update", "tag.delete"]);
  });
});
