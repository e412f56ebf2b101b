import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { ArticleStatus } from "@/lib/generated/prisma/client";
import { searchTerms } from "@/lib/search/query";
import { searchStories } from "@/lib/search/search";
import { createTestDatabase, type TestDatabase } from "@/lib/testing/database";

let database: TestDatabase;
const now = new Date("2026-03-01T12:00:00.000Z");
const yesterday = new Date("2026-02-28T12:00:00.000Z");

async function story(
  slug: string,
  text: { headline: string; dek?: string; body?: string },
  status: ArticleStatus = "PUBLISHED",
  publishedAt: Date | null = yesterday,
) {
  await database.client.article.create({
    data: {
      slug,
      headline: text.headline,
      dek: text.dek ?? "",
      bodyText: text.body ?? "",
      body: '{"type":"doc","content":[]}',
      status,
      publishedAt,
    },
  });
}

function search(input: string, page = 1, rankedMatches?: number) {
  const terms = searchTerms(input);
  if (!terms) throw new Error(`nothing to search for in ${input}`);
  return searchStories(terms, page, now, database.client, rankedMatches);
}

beforeAll(async () => {
  database = createTestDatabase();
  await story("invitation", {
    headline: "Leader Invites Rival to the Capital",
    dek: "A standing invitation is repeated.",
    body: "The palace said the visit could happen in autumn.",
  });
  await story("body-only", {
    headline: "Trade Figures Released",
    body: "Officials in the capital discussed an invitation to talks on tariffs.",
  });
  await story("dek-only", {
    headline: "Markets Rally",
    dek: "An invitation to invest lifts shares.",
    body: "Prices rose across the board.",
  });
  await story("draft", { headline: "Invitation Draft" }, "DRAFT", null);
  await story(
    "scheduled-later",
    { headline: "Invitation Coming Soon" },
    "SCHEDULED",
    new Date("2026-03-02T12:00:00.000Z"),
  );
  await story(
    "scheduled-past",
    { headline: "Invitation Already Out" },
    "SCHEDULED",
    new Date("2026-03-01T11:00:00.000Z"),
  );
  await story("unpublished", { headline: "Invitation Withdrawn" }, "UNPUBLISHED", yesterday);
  for (let index = 1; index <= 25; index += 1) {
    await story(`eclipse-${index}`, {
      headline: `Eclipse report ${index}`,
      body: "The moon turned red during the eclipse.",
    });
  }
});

afterAll(async () => {
  await database.dispose();
});

describe("searchStories", () => {
  it("finds only stories readers may see", async () => {
    const { hits, total } = await search("invitation");
    const slugs = hits.map((hit) => hit.story.slug);
    expect(slugs).toEqual(expect.arrayContaining(["invitation", "body-only", "dek-only", "scheduled-past"]));
    expect(slugs).not.toContain("draft");
    expect(slugs).not.toContain("scheduled-later");
    expect(slugs).not.toContain("unpublished");
    expect(total).toBe(4);
  });

  it("ranks a headline match above a dek match above a body match", async () => {
    const slugs = (await search("invites capital")).hits.map((hit) => hit.story.slug);
    expect(slugs[0]).toBe("invitation");
    const order = (await search("invitation")).hits
      .map((hit) => hit.story.slug)
      .filter((slug) => ["dek-only", "body-only"].includes(slug));
    expect(order).toEqual(["dek-only", "body-only"]);
  });

  it("marks the matches in the headline and in the body excerpt", async () => {
    const hit = (await search("invitation")).hits.find((candidate) => candidate.story.slug === "body-only");
    expect(hit?.excerpt.filter((run) => run.marked).map((run) => run.text)).toEqual(["invitation"]);
    expect(hit?.headline).toEqual([{ text: "Trade Figures Released", marked: false }]);
    // Stemming matches "invites" to "Invitation" too.
    const marks = (await search("invites")).hits.map((candidate) =>
      candidate.headline.filter((run) => run.marked).map((run) => run.text),
    );
    expect(marks).toEqual(expect.arrayContaining([["Invites"], ["Invitation"]]));
  });

  it("falls back to the dek for the excerpt when the body has no match", async () => {
    const hit = (await search("invitation")).hits.find((candidate) => candidate.story.slug === "dek-only");
    expect(hit?.excerpt.map((run) => run.text).join("")).toBe("An invitation to invest lifts shares.");
    expect(hit?.excerpt.some((run) => run.marked && run.text === "invitation")).toBe(true);
  });

  it("pages through results twenty at a time", async () => {
    const first = await search("eclipse");
    expect(first.total).toBe(25);
    expect(first.page).toEqual({ number: 1, count: 2 });
    expect(first.hits).toHaveLength(20);
    const second = await search("eclipse", 2);
    expect(second.hits).toHaveLength(5);
    const all = [...first.hits, ...second.hits].map((hit) => hit.story.slug);
    expect(new Set(all).size).toBe(25);
    expect((await search("eclipse", 3)).hits).toEqual([]);
  });

  it("ranks only the newest matches when there are more than it ranks", async () => {
    // eclipse-1 is the oldest of the 25 and, with this headline, the best match.
    await database.client.article.update({
      where: { slug: "eclipse-1" },
      data: { headline: "Eclipse, eclipse, eclipse: the whole eclipse" },
    });
    expect((await search("eclipse")).hits[0]?.story.slug).toBe("eclipse-1");
    const newest = await search("eclipse", 1, 10);
    expect(newest.total).toBe(10);
    expect(newest.hits.map((hit) => hit.story.slug).sort()).toEqual(
      Array.from({ length: 10 }, (_, index) => `eclipse-${index + 16}`).sort(),
    );
    expect((await search("eclipse moon", 1, 25)).total).toBe(25);
  });

  it("runs any typed input without an error", async () => {
    for (const input of [
      '"unbalanced',
      "a -b",
      "OR AND NOT",
      "NEAR(eclipse moon)",
      "🙂 eclipse",
      "x".repeat(1000),
      "moon* ^red col:eclipse",
    ]) {
      await expect(search(input), input).resolves.toHaveProperty("hits");
    }
    expect((await search("zz -qq")).total).toBe(0);
    expect((await search("🙂 eclipse")).total).toBe(25);
  });
});
