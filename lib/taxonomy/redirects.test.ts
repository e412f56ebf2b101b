import { afterEach, beforeEach, describe, expect, it } from "vitest";
import {
  claimTaxonomySlug,
  deleteTaxonomyRedirects,
  findTaxonomyRedirect,
  freeTaxonomySlug,
  recordTaxonomySlugChange,
  redirectInto,
} from "@/lib/taxonomy/redirects";
import { createTestDatabase, type TestDatabase } from "@/lib/testing/database";

let database: TestDatabase;
let worldId: string;
let europeId: string;

beforeEach(async () => {
  database = createTestDatabase();
  worldId = (await database.client.section.create({ data: { name: "World", slug: "world" } })).id;
  europeId = (await database.client.section.create({ data: { name: "Europe", slug: "europe" } })).id;
});
afterEach(() => database.dispose());

const rename = (id: string, from: string, to: string) =>
  database.client.$transaction(async (tx) => {
    await tx.section.update({ where: { id }, data: { slug: to } });
    await recordTaxonomySlugChange(tx, "SECTION", id, from, to);
  });

describe("claiming a slug", () => {
  it("gives a free slug, and its own slug back to its holder", async () => {
    expect(await claimTaxonomySlug(database.client, "SECTION", "sports", europeId)).toEqual({ ok: true });
    expect(await claimTaxonomySlug(database.client, "SECTION", "world", worldId)).toEqual({ ok: true });
  });

  it("refuses a typed slug held by another, and numbers one made from a name", async () => {
    expect(await claimTaxonomySlug(database.client, "SECTION", "world", europeId)).toEqual({
      ok: false,
      message: expect.stringContaining('"world" is already in use'),
    });
    expect(await freeTaxonomySlug(database.client, "SECTION", "world")).toBe("world-2");
  });

  it("counts a former slug as taken, except by its own target", async () => {
    await rename(worldId, "world", "international");
    expect(await claimTaxonomySlug(database.client, "SECTION", "world", europeId)).toEqual({
      ok: false,
      message: expect.stringContaining("used to belong to another one"),
    });
    expect(await claimTaxonomySlug(database.client, "SECTION", "world", worldId)).toEqual({ ok: true });
    expect(await freeTaxonomySlug(database.client, "SECTION", "world")).toBe("world-2");
  });

  it("keeps the kinds apart: a tag may have a section's slug", async () => {
    expect(await freeTaxonomySlug(database.client, "TAG", "world")).toBe("world");
  });
});

describe("redirects", () => {
  it("lead a former slug to the current one, and a slug taken back stops redirecting", async () => {
    await rename(worldId, "world", "international");
    expect(await findTaxonomyRedirect(database.client, "SECTION", "world")).toBe("international");
    await rename(worldId, "international", "world");
    expect(await findTaxonomyRedirect(database.client, "SECTION", "world")).toBeNull();
    expect(await findTaxonomyRedirect(database.client, "SECTION", "international")).toBe("world");
  });

  it("stay one hop deep when one is merged into another", async () => {
    await rename(worldId, "world", "international");
    await database.client.$transaction(async (tx) => {
      await redirectInto(tx, "SECTION", { fromId: worldId, fromSlug: "international", toId: europeId });
      await tx.section.delete({ where: { id: worldId } });
    });
    expect(await findTaxonomyRedirect(database.client, "SECTION", "world")).toBe("europe");
    expect(await findTaxonomyRedirect(database.client, "SECTION", "international")).toBe("europe");
  });

  it("are gone with a target deleted outright, and a stray one leads nowhere", async () => {
    await rename(worldId, "world", "international");
    await database.client.$transaction((tx) => deleteTaxonomyRedirects(tx, "SECTION", worldId));
    expect(await findTaxonomyRedirect(database.client, "SECTION", "world")).toBeNull();
    await database.client.taxonomyRedirect.create({ data: { kind: "SECTION", slug: "gone", targetId: "no-such-id" } });
    expect(await findTaxonomyRedirect(database.client, "SECTION", "gone")).toBeNull();
  });
});
