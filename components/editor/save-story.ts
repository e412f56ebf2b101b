import type { ActionRefusal } from "@/lib/actions/define-action";
import { SAVE_STORY_API } from "@/lib/articles/history-paths";
import type { SaveOutcome } from "@/lib/articles/save";
import type { SaveRequest } from "@/lib/articles/schema";

/**
 * Posts the form to the story editor's save route (lib/articles/save-route.ts)
 * and answers its outcome, the same answers a server action gives. Throws
 * when no outcome came back (no network, a server down or in between), as a
 * server action call that fails does.
 */
export async function saveStory(request: SaveRequest): Promise<SaveOutcome | ActionRefusal> {
  const response = await fetch(SAVE_STORY_API, {
    method: "POST",
    headers: { "content-type": "application/json" },
    body: JSON.stringify(request),
  });
  const answer: unknown = await response.json();
  if (typeof answer !== "object" || answer === null || typeof (answer as { ok?: unknown }).ok !== "boolean")
    throw new Error(`The save answered ${response.status} without an outcome.`);
  return answer as SaveOutcome | ActionRefusal;
}
