import { readdirSync } from "node:fs";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { parseBody } from "@/lib/content/schema";
import { seedDemo } from "@/lib/demo/seed";
import { mediaDir } from "@/lib/env";
import { createTestDatabase, type TestDatabase } from "@/lib/testing/database";
import { demoStories } from "@/prisma/demo-content";

let database: TestDatabase;
beforeAll(async () => {
  database = createTestDatabase();
  await seedDemo(() => {}, database.client);
}, 60_000);
afterAll(async () => {
  await database.dispose();
});

describe("seedDemo", () => {
  it("loads every demo story with a generated hero image and a revision", async () => {
    const { client } = database;
    expect(await client.article.count()).toBe(demoStories.length);
    expect(await client.media.count()).toBe(demoStories.length);
    expect(await client.revision.count()).toBe(demoStories.length);
    expect(readdirSync(mediaDir()).length).toBeGreaterThanOrEqual(demoStories.length);
  });

  it("gives the reference story its shape: Reuters, Kremlin.ru, The Moscow Times, an inline link to the Bolton story", async () => {
    const { client } = database;
    const story = await client.article.findUniqueOrThrow({
      where: { slug: "putin-invites-trump-to-moscow" },
      include: { authors: { include: { author: true } }, relatedTo: { include: { to: true } } },
    });
    const bolton = await client.article.findUniqueOrThrow({ where: { slug: "trump-delays-putin-meeting-bolton" } });
    expect(story.headline).toBe("Putin Invites Trump to Moscow");
    expect(story.authors.map((a) => [a.author.name, a.author.kind])).toEqual([["Reuters", "AGENCY"]]);
    expect(story.publishedAt?.toISOString().slice(0, 10)).toBe("2018-07-28");
    expect(story.heroCredit).toBe("Kremlin.ru");
    expect(story.sourceName).toBe("The Moscow Times");
    expect(bolton.headline).toBe("Trump Delays Putin Meeting Until 'After the Russia Witch Hunt is Over,' Bolton Says");
    expect(story.relatedTo.map((r) => r.to.slug)).toContain(bolton.slug);
    const body = parseBody(JSON.parse(story.body));
    expect(body.ok && body.doc.content).toContainEqual({ type: "relatedArticle", attrs: { articleId: bolton.id } });
  });

  it("has a correction on one story and hides what is not published", async () => {
    const { client } = database;
    expect(await client.correction.count()).toBeGreaterThanOrEqual(1);
    const hidden = await client.article.findMany({ where: { status: { in: ["DRAFT", "IN_REVIEW", "SCHEDULED"] } } });
    expect(hidden.length).toBeGreaterThanOrEqual(3);
    for (const story of hidden.filter((s) => s.status === "SCHEDULED"))
      expect(story.publishedAt!.getTime()).toBeGreaterThan(Date.now());
  });

  it("is idempotent: a second run adds nothing", async () => {
    const { client } = database;
    const counts = async () => [
      await client.article.count(),
      await client.author.count(),
      await client.tag.count(),
      await client.media.count(),
    ];
    const before = await counts();
    const lines: string[] = [];
    await seedDemo((line) => lines.push(line), client);
    expect(lines).toEqual(["Demo content is already loaded."]);
    expect(await counts()).toEqual(before);
  });
});
