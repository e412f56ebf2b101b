import { afterAll, beforeAll, expect, it } from "vitest";
import { compareVersions, HISTORY_PAGE_SIZE, listVersions, versionForEditor } from "@/lib/articles/history";
import type { Actor } from "@/lib/auth/policy";
import { describeProblems, planProblems } from "@/lib/perf/query-plans";
import { createTestDatabase, type TestDatabase } from "@/lib/testing/database";
import { recordingClient } from "@/lib/testing/query-recorder";

/**
 * A story's history is read a page at a time from the (articleId, version)
 * key, however many versions autosave made and however many stories there
 * are: no scan of Revision or Article, no sort of all of a story's versions.
 */

let database: TestDatabase;
let editor: Actor;
let storyId: string;

beforeAll(async () => {
  database = createTestDatabase();
  const { client } = database;
  const user = await client.user.create({
    data: { email: "e@example.com", name: "E", role: "EDITOR", status: "ACTIVE" },
  });
  editor = { id: user.id, role: "EDITOR" };
  for (let story = 0; story < 20; story++) {
    const { id } = await client.article.create({
      data: { slug: `story-${story}`, headline: `Story ${story}`, body: "{}", version: 60 },
    });
    storyId = id;
    await client.revision.createMany({
      data: Array.from({ length: 60 }, (_, n) => ({
        articleId: id,
        version: n + 1,
        autosave: n % 2 === 0,
        createdById: user.id,
        snapshot: JSON.stringify({ headline: `Story ${story}, take ${n + 1}`, body: { type: "doc", content: [] } }),
      })),
    });
  }
}, 30_000);

afterAll(async () => {
  await database.dispose();
});

it("reads a page of versions, two versions or one version by the story's key, without scanning or sorting", async () => {
  const recorder = recordingClient(database.file);
  try {
    const queries = await recorder.record(async (client) => {
      const page = await listVersions(client, storyId, 2);
      expect(page.rows).toHaveLength(HISTORY_PAGE_SIZE);
      expect(await compareVersions(client, storyId, 3, 50, editor)).not.toBeNull();
      expect(await versionForEditor(client, editor, storyId, 7)).not.toBeNull();
    });
    const revisionQueries = queries.filter((query) => /[`"]Revision[`"]/.test(query.sql));
    expect(revisionQueries.length).toBeGreaterThanOrEqual(4);
    // The plan rules let a story's few rows be sorted; autosave gives a story thousands of versions.
    const sorting = revisionQueries.filter((query) => query.plan.some((row) => row.detail.includes("TEMP B-TREE")));
    expect(sorting.map((query) => query.sql)).toEqual([]);
    // An empty id list becomes `WHERE 1=0`: SQLite tests the constant once, before its loop, and reads no row.
    const reading = queries.filter((query) => !/WHERE \(?1=0\b/.test(query.sql));
    const problems = describeProblems(reading.flatMap((query) => planProblems(query)));
    expect(problems, problems).toBe("");
  } finally {
    await recorder.client.$disconnect();
  }
});
