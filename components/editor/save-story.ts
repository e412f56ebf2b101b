import { postToStaffRoute } from "@/components/editor/staff-route";
import type { ActionRefusal } from "@/lib/actions/define-action";
import { SAVE_STORY_API } from "@/lib/articles/history-paths";
import type { SaveOutcome } from "@/lib/articles/save";
import type { SaveRequest } from "@/lib/articles/schema";

/** Posts the form to the story editor's save route (lib/articles/save-route.ts). */
export function saveStory(request: SaveRequest): Promise<SaveOutcome | ActionRefusal> {
  return postToStaffRoute<SaveOutcome>(SAVE_STORY_API, request);
}
