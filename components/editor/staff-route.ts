import type { ActionRefusal } from "@/lib/actions/define-action";

/** What the editor says when a staff route gave no outcome: nothing was written, and the text is on screen. */
export const UNREACHABLE =
  "That did not go through: the server could not be reached or failed, so nothing was changed. Your text is still here: try again in a moment.";

/**
 * Posts `body` as JSON to one of the editor's staff routes
 * (lib/actions/define-route.ts) and answers its outcome: the handler's own, or
 * a refusal, the same answers a server action gives. Throws when no outcome
 * came back (no network, a server down or one in between answering), as a
 * server action call that fails does.
 */
export async function postToStaffRoute<Outcome extends { ok: boolean }>(
  path: string,
  body: unknown,
): Promise<Outcome | ActionRefusal> {
  const response = await fetch(path, {
    method: "POST",
    headers: { "content-type": "application/json" },
    body: JSON.stringify(body),
  });
  const answer: unknown = await response.json().catch(() => null);
  if (typeof answer !== "object" || answer === null || typeof (answer as { ok?: unknown }).ok !== "boolean")
    throw new Error(`${path} answered ${response.status} without an outcome.`);
  return answer as Outcome | ActionRefusal;
}
