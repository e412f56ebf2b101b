import { afterEach, beforeEach, describe, expect, it } from "vitest";
import type { StaffActor } from "@/lib/articles/audit";
import { deleteArticle } from "@/lib/articles/delete";
import { heartbeat, LOCK_TIMEOUT_MS, type LockOutcome, lockRefusal, release, takeOver } from "@/lib/articles/locks";
import { saveArticle } from "@/lib/articles/save";
import type { ArticleStatus } from "@/lib/generated/prisma/enums";
import { createTestDatabase, type TestDatabase } from "@/lib/testing/database";
import { storyForm } from "@/lib/testing/story-form";

const T0 = new Date("2026-03-01T12:00:00Z");
const at = (ms: number) => ({ now: new Date(T0.getTime() + ms) });

// Tab ids: one per open editor.
const ANAS_TAB = { tabId: "6f1c2b8e-0d4a-4c3e-9b7a-1e2d3c4b5a61" };
const ANAS_OTHER_TAB = { tabId: "6f1c2b8e-0d4a-4c3e-9b7a-1e2d3c4b5a62" };
const BENS_TAB = { tabId: "6f1c2b8e-0d4a-4c3e-9b7a-1e2d3c4b5a63" };
const WALTS_TAB = { tabId: "6f1c2b8e-0d4a-4c3e-9b7a-1e2d3c4b5a64" };

let database: TestDatabase;
let ana: StaffActor;
let ben: StaffActor;
let walt: StaffActor;

beforeEach(async () => {
  database = createTestDatabase();
  const makeUser = async (name: string, role: StaffActor["role"]) => {
    const user = await database.client.user.create({
      data: { email: `${name.toLowerCase().replace(" ", ".")}@example.com`, name, role, status: "ACTIVE" },
    });
    return { id: user.id, email: user.email, role };
  };
  ana = await makeUser("Ana Editor", "EDITOR");
  ben = await makeUser("Ben Editor", "EDITOR");
  walt = await makeUser("Walt Writer", "WRITER");
});

afterEach(async () => {
  await database.dispose();
});

async function makeStory(status: ArticleStatus = "DRAFT", createdById = walt.id): Promise<string> {
  const story = await database.client.article.create({
    data: {
      slug: `story-${Math.random().toString(36).slice(2)}`,
      headline: "Cave Rescue Ends",
      body: JSON.stringify({ type: "doc", content: [] }),
      status,
      createdById,
      publishedAt: status === "PUBLISHED" ? T0 : null,
    },
  });
  return story.id;
}

function stateOf(outcome: LockOutcome) {
  if (!outcome.ok) throw new Error(`expected an answer, got ${outcome.status}: ${outcome.message}`);
  return outcome.state;
}

async function lockRows() {
  return database.client.storyLock.findMany({ select: { articleId: true, userId: true, tabId: true } });
}

describe("heartbeats", () => {
  it("give a free story's lock to the first editor and show them to the next", async () => {
    const id = await makeStory();
    expect(stateOf(await heartbeat(database.client, ana, id, ANAS_TAB, at(0)))).toEqual({
      holding: true,
      holder: null,
      mayTakeOver: true,
      others: [],
    });
    expect(stateOf(await heartbeat(database.client, ben, id, BENS_TAB, at(1_000)))).toEqual({
      holding: false,
      holder: { name: "Ana Editor", self: false },
      mayTakeOver: true,
      others: ["Ana Editor"],
    });
    expect(stateOf(await heartbeat(database.client, ana, id, ANAS_TAB, at(2_000)))).toMatchObject({
      holding: true,
      others: ["Ben Editor"],
    });
  });

  it("keep the holder's lock while they beat, and let it lapse about two minutes after the last beat", async () => {
    const id = await makeStory();
    await heartbeat(database.client, ana, id, ANAS_TAB, at(0));
    await heartbeat(database.client, ana, id, ANAS_TAB, at(60_000));
    // Two minutes after the first beat, but one after the last: still Ana's.
    expect(stateOf(await heartbeat(database.client, ben, id, BENS_TAB, at(120_000 + 1_000))).holding).toBe(false);
    expect(stateOf(await heartbeat(database.client, ben, id, BENS_TAB, at(60_000 + LOCK_TIMEOUT_MS - 1))).holding).toBe(
      false,
    );
    expect(
      stateOf(await heartbeat(database.client, ben, id, BENS_TAB, at(60_000 + LOCK_TIMEOUT_MS + 1))),
    ).toMatchObject({ holding: true, holder: null });
    // Ana's laptop wakes up: her tab now sees Ben's lock and no longer edits.
    expect(
      stateOf(await heartbeat(database.client, ana, id, ANAS_TAB, at(60_000 + LOCK_TIMEOUT_MS + 2))),
    ).toMatchObject({ holding: false, holder: { name: "Ben Editor", self: false } });
  });

  it("treat a second tab of the same person as a second editor", async () => {
    const id = await makeStory();
    await heartbeat(database.client, ana, id, ANAS_TAB, at(0));
    expect(stateOf(await heartbeat(database.client, ana, id, ANAS_OTHER_TAB, at(1_000)))).toEqual({
      holding: false,
      holder: { name: "Ana Editor", self: true },
      mayTakeOver: true,
      others: [],
    });
  });

  it("show a writer who may only read the story who is editing it, without giving them the lock", async () => {
    const id = await makeStory("PUBLISHED");
    expect(stateOf(await heartbeat(database.client, walt, id, WALTS_TAB, at(0)))).toEqual({
      holding: false,
      holder: null,
      mayTakeOver: false,
      others: [],
    });
    expect(await lockRows()).toEqual([]);
    await heartbeat(database.client, ana, id, ANAS_TAB, at(1_000));
    expect(stateOf(await heartbeat(database.client, walt, id, WALTS_TAB, at(2_000)))).toMatchObject({
      holder: { name: "Ana Editor" },
      others: ["Ana Editor"],
    });
  });

  it("prune presence rows of tabs that stopped beating, on any story", async () => {
    const quiet = await makeStory();
    const busy = await makeStory();
    await heartbeat(database.client, ana, quiet, ANAS_TAB, at(0));
    await heartbeat(database.client, ben, quiet, BENS_TAB, at(90_000));
    await heartbeat(database.client, walt, busy, WALTS_TAB, at(LOCK_TIMEOUT_MS + 1));
    const rows = await database.client.storyPresence.findMany({ select: { userId: true }, orderBy: { seenAt: "asc" } });
    expect(rows.map((row) => row.userId)).toEqual([ben.id, walt.id]);
    expect(stateOf(await heartbeat(database.client, ben, quiet, BENS_TAB, at(LOCK_TIMEOUT_MS + 2))).others).toEqual([]);
  });

  it("refuse a story the user may not open, a missing story and a bad tab id, writing nothing", async () => {
    const colleagues = await makeStory("DRAFT", ana.id);
    expect(await heartbeat(database.client, walt, colleagues, WALTS_TAB, at(0))).toEqual({
      ok: false,
      status: 403,
      message: "You may not open this story.",
    });
    expect(await heartbeat(database.client, ana, "no-such-story", ANAS_TAB, at(0))).toMatchObject({
      ok: false,
      status: 404,
    });
    expect(await heartbeat(database.client, ana, colleagues, { tabId: "not a uuid" }, at(0))).toMatchObject({
      ok: false,
      status: 400,
      message: "The editor sent no valid tab id: reload the page.",
    });
    expect(await heartbeat(database.client, ana, colleagues, null, at(0))).toMatchObject({ ok: false, status: 400 });
    expect(await database.client.storyPresence.count()).toBe(0);
    expect(await lockRows()).toEqual([]);
  });
});

describe("taking over", () => {
  it("moves the lock to the new tab, tells the old holder at its next beat, and is audited", async () => {
    const id = await makeStory();
    await heartbeat(database.client, ana, id, ANAS_TAB, at(0));
    await heartbeat(database.client, ben, id, BENS_TAB, at(1_000));

    expect(stateOf(await takeOver(database.client, ben, id, BENS_TAB, { ...at(2_000), ip: "203.0.113.9" }))).toEqual({
      holding: true,
      holder: null,
      mayTakeOver: true,
      others: ["Ana Editor"],
    });
    expect(await lockRows()).toEqual([{ articleId: id, userId: ben.id, ...BENS_TAB }]);
    expect(stateOf(await heartbeat(database.client, ana, id, ANAS_TAB, at(3_000)))).toMatchObject({
      holding: false,
      holder: { name: "Ben Editor", self: false },
    });

    const events = await database.client.auditEvent.findMany({ where: { action: "article.takeover" } });
    expect(events).toHaveLength(1);
    expect(events[0]).toMatchObject({ actorId: ben.id, targetType: "article", targetId: id, ip: "203.0.113.9" });
    expect(JSON.parse(events[0]?.details ?? "")).toEqual({ from: "Ana Editor", fromUserId: ana.id });
  });

  it("of a free or lapsed lock takes it without an audit event: nobody was displaced", async () => {
    const id = await makeStory();
    await heartbeat(database.client, ana, id, ANAS_TAB, at(0));
    expect(stateOf(await takeOver(database.client, ben, id, BENS_TAB, at(LOCK_TIMEOUT_MS + 1))).holding).toBe(true);
    expect(await database.client.auditEvent.count()).toBe(0);
  });

  it("is refused to a writer who may not edit the story, and changes nothing", async () => {
    const published = await makeStory("PUBLISHED");
    await heartbeat(database.client, ana, published, ANAS_TAB, at(0));
    await heartbeat(database.client, walt, published, WALTS_TAB, at(1_000));
    const before = { locks: await lockRows(), presence: await database.client.storyPresence.findMany() };

    expect(await takeOver(database.client, walt, published, WALTS_TAB, at(2_000))).toEqual({
      ok: false,
      status: 403,
      message: "You may not edit this story.",
    });
    expect({ locks: await lockRows(), presence: await database.client.storyPresence.findMany() }).toEqual(before);
    expect(await database.client.auditEvent.count()).toBe(0);
  });
});

describe("releasing", () => {
  it("frees the lock and the presence of the closing tab only", async () => {
    const id = await makeStory();
    await heartbeat(database.client, ana, id, ANAS_TAB, at(0));
    await heartbeat(database.client, ben, id, BENS_TAB, at(1_000));
    // Ben's tab closing does not free Ana's lock.
    await release(database.client, ben, id, BENS_TAB, at(2_000));
    expect(await lockRows()).toEqual([{ articleId: id, userId: ana.id, ...ANAS_TAB }]);

    await heartbeat(database.client, ben, id, BENS_TAB, at(3_000));
    await release(database.client, ana, id, ANAS_TAB, at(4_000));
    expect(await database.client.storyPresence.findMany({ select: { userId: true } })).toEqual([{ userId: ben.id }]);
    expect(stateOf(await heartbeat(database.client, ben, id, BENS_TAB, at(5_000))).holding).toBe(true);
  });
});

describe("lockRefusal and saving", () => {
  const saveRequest = (articleId: string) => ({
    articleId,
    baseVersion: 1,
    action: "save",
    fields: storyForm({
      headline: "Cave Rescue Ends",
      slug: "cave-rescue-ends",
      body: { type: "doc", content: [{ type: "paragraph", content: [{ type: "text", text: "All twelve are out." }] }] },
    }),
  });

  it("names whoever holds a live lock, and lets its holder (in any tab) and everyone after it lapses through", async () => {
    const id = await makeStory();
    await heartbeat(database.client, ana, id, ANAS_TAB, at(0));
    const refusal = (actor: StaffActor, ms: number) => lockRefusal(database.client, id, actor.id, at(ms).now);
    expect(await refusal(ben, 1_000)).toBe(
      "Ana Editor is editing this story now, so nothing was changed. Your text is still on screen: copy what you need before you leave.",
    );
    expect(await refusal(ana, 1_000)).toBeNull();
    expect(await refusal(ben, LOCK_TIMEOUT_MS + 1)).toBeNull();
  });

  it("stops a save by someone whose lock was taken over, writing nothing", async () => {
    const id = await makeStory("DRAFT", ana.id);
    await heartbeat(database.client, ana, id, ANAS_TAB, at(0));
    await takeOver(database.client, ben, id, BENS_TAB, at(1_000));

    const refused = await saveArticle(database.client, ana, saveRequest(id), at(2_000));
    expect(refused).toMatchObject({
      ok: false,
      error: "forbidden",
      message: expect.stringMatching(/^Ben Editor is editing/),
    });
    expect(await database.client.article.findUniqueOrThrow({ where: { id }, select: { version: true } })).toEqual({
      version: 1,
    });
    expect(await saveArticle(database.client, ben, saveRequest(id), at(3_000))).toMatchObject({ ok: true });
  });

  it("lets only the tab holding the lock write, when the write names its tab", async () => {
    const id = await makeStory("DRAFT", ana.id);
    const otherTab = "7d1c2b3a-4e5f-4a6b-8c7d-9e0f1a2b3c4d";
    await heartbeat(database.client, ana, id, ANAS_TAB, at(0));
    await takeOver(database.client, ana, id, { tabId: otherTab }, at(1_000));

    const fromOldTab = await saveArticle(
      database.client,
      ana,
      { ...saveRequest(id), tabId: ANAS_TAB.tabId },
      at(2_000),
    );
    expect(fromOldTab).toMatchObject({ ok: false, error: "forbidden", message: expect.stringMatching(/another tab/) });
    const fromHolder = await saveArticle(database.client, ana, { ...saveRequest(id), tabId: otherTab }, at(3_000));
    expect(fromHolder).toMatchObject({ ok: true });
    // An import or a script names no tab: the person is enough.
    expect(await lockRefusal(database.client, id, ana.id, at(4_000).now)).toBeNull();
  });

  it("stops a delete from under whoever is editing the story", async () => {
    const id = await makeStory("DRAFT", ana.id);
    await heartbeat(database.client, ana, id, ANAS_TAB, at(0));

    const refused = await deleteArticle(database.client, ben, { articleId: id, baseVersion: 1 }, at(1_000));
    expect(refused).toMatchObject({ ok: false, error: "forbidden", message: expect.stringMatching(/^Ana Editor/) });
    expect(await database.client.article.count({ where: { id } })).toBe(1);
    expect(
      await deleteArticle(database.client, ben, { articleId: id, baseVersion: 1 }, at(LOCK_TIMEOUT_MS + 1)),
    ).toMatchObject({ ok: true });
  });
});
