import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { getAuthorListing } from "@/lib/authors/queries";
import { getTagListing } from "@/lib/tags/queries";
import { createTestDatabase, type TestDatabase } from "@/lib/testing/database";

const now = new Date("2026-03-01T12:00:00.000Z");
const hours = (count: number) => new Date(now.getTime() + count * 3_600_000);

let database: TestDatabase;
let storyId = "";

beforeAll(async () => {
  database = createTestDatabase();
  const { client } = database;
  // As a writer's draft leaves them: a new tag and a new agency, on that draft alone.
  const tag = await client.tag.create({ data: { name: "Harbour Deal", slug: "harbour-deal" } });
  const agency = await client.author.create({ data: { name: "Coast Wire", slug: "coast-wire", kind: "AGENCY" } });
  await client.author.create({ data: { name: "Leila Haddad", slug: "leila-haddad", kind: "STAFF" } });
  ({ id: storyId } = await client.article.create({
    data: {
      slug: "harbour-deal-signed",
      headline: "Harbour Deal Signed",
      body: '{"type":"doc","content":[]}',
      tags: { create: { tagId: tag.id, position: 0 } },
      authors: { create: { authorId: agency.id, position: 0 } },
    },
  }));
});

afterAll(async () => {
  await database.dispose();
});

const pages = async (at: Date) => ({
  tag: (await getTagListing("harbour-deal", 1, at, database.client))?.stories.map((card) => card.slug) ?? null,
  agency: (await getAuthorListing("coast-wire", 1, at, database.client))?.stories.map((card) => card.slug) ?? null,
});

describe("tags and agencies typed into a story", () => {
  it("have no page while the story is a draft, in review or scheduled for later", async () => {
    expect(await pages(now)).toEqual({ tag: null, agency: null });
    await database.client.article.update({ where: { id: storyId }, data: { status: "IN_REVIEW" } });
    expect(await pages(now)).toEqual({ tag: null, agency: null });
    await database.client.article.update({
      where: { id: storyId },
      data: { status: "SCHEDULED", publishedAt: hours(2) },
    });
    expect(await pages(now)).toEqual({ tag: null, agency: null });
  });

  it("have their page, with the story, once readers can see it", async () => {
    expect(await pages(hours(3))).toEqual({ tag: ["harbour-deal-signed"], agency: ["harbour-deal-signed"] });
    await database.client.article.update({ where: { id: storyId }, data: { status: "PUBLISHED", publishedAt: now } });
    expect(await pages(now)).toEqual({ tag: ["harbour-deal-signed"], agency: ["harbour-deal-signed"] });
  });

  it("lose it again when the story is unpublished", async () => {
    await database.client.article.update({ where: { id: storyId }, data: { status: "UNPUBLISHED" } });
    expect(await pages(now)).toEqual({ tag: null, agency: null });
  });
});

describe("a staff writer's page", () => {
  it("answers before their first story runs: the profile is the newsroom's own", async () => {
    const listing = await getAuthorListing("leila-haddad", 1, now, database.client);
    expect(listing?.author.name).toBe("Leila Haddad");
    expect(listing?.stories).toEqual([]);
  });
});
