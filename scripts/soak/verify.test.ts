import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { addCorrection } from "@/lib/articles/corrections";
import { saveArticle } from "@/lib/articles/save";
import { createTestDatabase, type TestDatabase } from "@/lib/testing/database";
import { type Newsroom, seedNewsroom } from "@/lib/testing/newsroom";
import { storyForm } from "@/lib/testing/story-form";
import { verifyAcknowledged } from "./verify";

let database: TestDatabase;
let newsroom: Newsroom;
let storyId: string;

beforeEach(async () => {
  database = createTestDatabase();
  newsroom = await seedNewsroom(database.client);
  const editor = newsroom.users.EDITOR;
  const first = await saveArticle(database.client, editor, {
    articleId: null,
    baseVersion: null,
    action: "save",
    fields: storyForm({ sectionId: newsroom.sectionIds.world }),
  });
  if (!first.ok) throw new Error(first.message);
  const second = await saveArticle(database.client, editor, {
    articleId: first.story.id,
    baseVersion: first.story.version,
    action: "publish",
    fields: storyForm({ sectionId: newsroom.sectionIds.world }),
  });
  if (!second.ok) throw new Error(second.message);
  storyId = second.story.id;
  const correction = await addCorrection(database.client, editor, {
    articleId: storyId,
    text: "The ferries run every forty minutes, not every four.",
  });
  if (!correction.ok) throw new Error(correction.message);
});

afterEach(() => database.dispose());

const everythingSaved = () => ({
  saves: [
    { articleId: storyId, version: 1 },
    { articleId: storyId, version: 2 },
  ],
  corrections: [{ articleId: storyId, text: "The ferries run every forty minutes, not every four." }],
});

describe("verifyAcknowledged", () => {
  it("finds every acknowledged save and correction that is there, in an intact database", () => {
    expect(verifyAcknowledged(database.file, everythingSaved())).toEqual({
      integrity: "ok",
      checkedSaves: 2,
      checkedCorrections: 1,
      lostSaves: [],
      lostCorrections: [],
    });
  });

  it("reports a save whose revision is missing", async () => {
    await database.client.revision.deleteMany({ where: { articleId: storyId, version: 1 } });
    expect(verifyAcknowledged(database.file, everythingSaved()).lostSaves).toEqual([
      { articleId: storyId, version: 1, missing: "the revision of version 1" },
    ]);
  });

  it("reports a version the story never reached, and a story that is not there", () => {
    const verification = verifyAcknowledged(database.file, {
      saves: [
        { articleId: storyId, version: 3 },
        { articleId: "no-such-story", version: 1 },
      ],
      corrections: [],
    });
    expect(verification.lostSaves).toEqual([
      { articleId: storyId, version: 3, missing: "the revision of version 3" },
      { articleId: "no-such-story", version: 1, missing: "the story" },
    ]);
  });

  it("reports a story behind an acknowledged version even when that version's revision is there", async () => {
    await database.client.article.update({ where: { id: storyId }, data: { version: 1 } });
    expect(verifyAcknowledged(database.file, everythingSaved()).lostSaves).toEqual([
      { articleId: storyId, version: 2, missing: "version 2 (the story is at 1)" },
    ]);
  });

  it("reports a correction that is not there word for word", () => {
    const lost = { articleId: storyId, text: "The ferries run every forty-five minutes." };
    const verification = verifyAcknowledged(database.file, { saves: [], corrections: [lost] });
    expect(verification.lostCorrections).toEqual([lost]);
  });
});
