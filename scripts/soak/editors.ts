import { ADD_CORRECTION_API, SAVE_STORY_API } from "@/lib/articles/history-paths";
import type { ArticleFormValues } from "@/lib/articles/schema";
import type { StaffClient } from "@/lib/testing/staff-client";
import { storyForm } from "@/lib/testing/story-form";
import type { SoakEditor, StoryPlacement } from "./data-set";
import { messageOf } from "./readers";
import { BUSY_PATTERN, type Sample } from "./report";
import type { AcknowledgedCorrection, AcknowledgedSave } from "./verify";

/** A story as the save action answers it. */
type SavedStory = { id: string; version: number; slug: string; status: string; publishAt: string };
type SaveAnswer =
  | { ok: true; created: boolean; story: SavedStory }
  | { ok: false; error: string; message?: string; latestVersion?: number };
/** What the corrections route answers. */
type CorrectionAnswer = { ok: true } | { ok: false; error: string; message?: string };

/** What the editors report as they work: every timed request, and every write the server acknowledged. */
export type EditorLog = {
  record: (sample: Sample) => void;
  acknowledgeSave: (save: AcknowledgedSave) => void;
  acknowledgeCorrection: (correction: AcknowledgedCorrection) => void;
};

/** The story every editor also edits, from a version each knows and none refreshes: their saves meet in conflicts. */
export type SharedStory = { id: string; slug: string; version: number };

const paragraph = (text: string) => ({
  type: "doc",
  content: [{ type: "paragraph", content: [{ type: "text", text }] }],
});

/** A complete story form: a byline, a section and, when the site has one, a tag, so every child table is written. */
export function soakStoryForm(
  editor: SoakEditor,
  placement: StoryPlacement,
  story: { headline: string; slug: string; text: string; publishAt?: string },
): ArticleFormValues {
  return storyForm({
    headline: story.headline,
    slug: story.slug,
    dek: "Written by the soak test.",
    sectionId: placement.sectionId,
    tags: placement.tagName ? [placement.tagName] : [],
    bylines: [{ kind: "author", id: editor.authorId, name: editor.name }],
    body: paragraph(story.text),
    publishAt: story.publishAt ?? "",
  });
}

type SaveResult = { saved: SavedStory } | { conflict: number } | { failed: true };

/**
 * One editor's session, while `running()`: write a story (create it, save it,
 * publish it, correct it, edit it live twice), then the next, saving the
 * shared story before each live edit. Between requests each editor waits
 * about `pauseMs` (0: as fast as the server answers); even a second is far busier
 * than a person at a keyboard, who saves every few seconds. The first story
 * is always written to its end, even past `running()`, so every kind of
 * write is made however slow the machine.
 */
export async function runEditor({
  client,
  editor,
  number,
  placement,
  shared,
  running,
  log,
  pauseMs,
}: {
  client: StaffClient;
  editor: SoakEditor;
  number: number;
  placement: StoryPlacement;
  shared: SharedStory;
  /** True until the load should stop. */
  running: () => boolean;
  log: EditorLog;
  /** How long the editor waits after each answer before the next request. */
  pauseMs: number;
}): Promise<void> {
  // Each pause between half and one and a half times pauseMs: editors paced alike would stay in lockstep,
  // all five pressing Save in the same millisecond, which no newsroom does.
  const think = () => new Promise((resolve) => setTimeout(resolve, pauseMs * (0.5 + Math.random())));
  let sharedVersion = shared.version;
  let edits = 0;
  const save = async (
    kind: "save" | "publish",
    articleId: string | null,
    baseVersion: number | null,
    fields: ArticleFormValues,
  ): Promise<SaveResult> => {
    const answer = await timed<SaveAnswer>(log, kind, () =>
      client.postJson<SaveAnswer>(SAVE_STORY_API, { articleId, baseVersion, action: kind, fields }),
    );
    await think();
    if (!answer) return { failed: true };
    if (answer.ok) {
      log.acknowledgeSave({ articleId: answer.story.id, version: answer.story.version });
      return { saved: answer.story };
    }
    return answer.error === "conflict" && answer.latestVersion !== undefined
      ? { conflict: answer.latestVersion }
      : { failed: true };
  };
  const saveShared = async () => {
    edits += 1;
    const result = await save(
      "save",
      shared.id,
      sharedVersion,
      soakStoryForm(editor, placement, {
        headline: "The Soak Test's Shared Story",
        slug: shared.slug,
        text: `${editor.name} edited this story (edit ${edits}).`,
      }),
    );
    // After a conflict the editor takes the latest version, as the editor's "save yours over it" does.
    if ("saved" in result) sharedVersion = result.saved.version;
    if ("conflict" in result) sharedVersion = result.conflict;
  };

  for (let storyNumber = 1; storyNumber === 1 || running(); storyNumber++) {
    const slug = `${editor.email.split("@")[0]}-story-${storyNumber}`;
    const form = (text: string, publishAt?: string) =>
      soakStoryForm(editor, placement, { headline: `Soak Story ${number}.${storyNumber}`, slug, text, publishAt });
    const created = await save("save", null, null, form("First draft."));
    if (!("saved" in created)) continue;
    let story = created.saved;
    // Publish and correct come early in each story, so even a short soak on a busy machine reaches them.
    const steps: (() => Promise<SavedStory | undefined>)[] = [
      () => saveOwn("save", form("Second draft, ready to go.")),
      () => saveOwn("publish", form("Second draft, ready to go.")),
      async () => {
        await correct(client, log, story.id, `${slug}: an earlier version gave the wrong figure; it is 42.`);
        await think();
        return story;
      },
      withSharedSave(() => saveOwn("save", form("Live now, and updated.", story.publishAt))),
      withSharedSave(() => saveOwn("save", form("Live now, updated again.", story.publishAt))),
    ];
    function withSharedSave(step: () => Promise<SavedStory | undefined>) {
      return async () => {
        await saveShared();
        return step();
      };
    }
    async function saveOwn(kind: "save" | "publish", fields: ArticleFormValues) {
      const result = await save(kind, story.id, story.version, fields);
      return "saved" in result ? result.saved : undefined;
    }
    for (const step of steps) {
      if (storyNumber > 1 && !running()) break;
      const next = await step();
      if (!next) break;
      story = next;
    }
  }
}

async function correct(client: StaffClient, log: EditorLog, articleId: string, text: string): Promise<void> {
  const answer = await timed<CorrectionAnswer>(log, "correction", () =>
    client.postJson<CorrectionAnswer>(ADD_CORRECTION_API, { articleId, text }),
  );
  if (answer?.ok) log.acknowledgeCorrection({ articleId, text });
}

/**
 * Runs one request and records how it ended: a conflict is an answer, any
 * other refusal (invalid, forbidden, storage…) or an HTTP error is an error.
 * Answers the route's outcome when the server gave one.
 */
async function timed<T extends SaveAnswer | CorrectionAnswer>(
  log: EditorLog,
  kind: Sample["kind"],
  request: () => Promise<{ status: number; result: T | undefined; body: string }>,
): Promise<T | undefined> {
  const started = performance.now();
  try {
    const reply = await request();
    const ms = performance.now() - started;
    const busy = BUSY_PATTERN.test(reply.body);
    const answer = reply.result;
    if (!answer) {
      log.record({ kind, ms, outcome: "error", status: reply.status, busy, problem: `HTTP ${reply.status}` });
      return undefined;
    }
    if (answer.ok) log.record({ kind, ms, outcome: "ok", status: reply.status, busy });
    else
      log.record({
        kind,
        ms,
        outcome: answer.error === "conflict" ? "conflict" : "error",
        status: reply.status,
        busy,
        storage: answer.error === "storage",
        problem: `${answer.error}: ${answer.message ?? ""}`,
      });
    return answer;
  } catch (error) {
    log.record({ kind, ms: performance.now() - started, outcome: "error", problem: messageOf(error) });
    return undefined;
  }
}
