import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { nextScheduledPublication } from "@/lib/cache/schedule";
import type { ArticleStatus } from "@/lib/generated/prisma/client";
import { createTestDatabase, type TestDatabase } from "@/lib/testing/database";

let database: TestDatabase;
beforeEach(() => {
  database = createTestDatabase();
});
afterEach(async () => {
  await database.dispose();
});

const now = new Date("2026-03-01T12:00:00.000Z");

async function story(slug: string, status: ArticleStatus, publishedAt: Date | null) {
  await database.client.article.create({
    data: { slug, headline: slug, body: '{"type":"doc","content":[]}', status, publishedAt },
  });
}

describe("nextScheduledPublication", () => {
  it("is null when nothing is scheduled", async () => {
    await story("published", "PUBLISHED", new Date("2026-02-01T00:00:00Z"));
    await story("draft", "DRAFT", new Date("2026-04-01T00:00:00Z"));
    expect(await nextScheduledPublication(now, database.client)).toBeNull();
  });

  it("is the earliest scheduled time still ahead, ignoring scheduled stories already visible", async () => {
    await story("already-out", "SCHEDULED", new Date("2026-03-01T11:00:00Z"));
    await story("later", "SCHEDULED", new Date("2026-03-02T09:00:00Z"));
    await story("sooner", "SCHEDULED", new Date("2026-03-01T12:00:05Z"));
    await story("unpublished-future", "UNPUBLISHED", new Date("2026-03-01T12:00:01Z"));
    expect(await nextScheduledPublication(now, database.client)).toEqual(new Date("2026-03-01T12:00:05Z"));
  });
});
