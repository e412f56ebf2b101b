/** Addresses of a story in the editor: its page, its save, its history, comparisons and restores (the editor reads `restore`). */

/** Where the story editor posts its saves (app/api/editor/stories/save). */
export const SAVE_STORY_API = "/api/editor/stories/save";

/** Where the editor's corrections form posts a correction (app/api/editor/stories/corrections). */
export const ADD_CORRECTION_API = "/api/editor/stories/corrections";

/** The editor's page of a saved story, or of a new one. */
export function editorPath(articleId: string | null): string {
  return `/editor/articles/${articleId ?? "new"}`;
}

export function historyPath(articleId: string): string {
  return `${editorPath(articleId)}/history`;
}

export function comparePath(articleId: string, from: number, to: number): string {
  return `${historyPath(articleId)}/compare?${new URLSearchParams({ from: String(from), to: String(to) })}`;
}

export function restorePath(articleId: string, version: number): string {
  return `${editorPath(articleId)}?${new URLSearchParams({ restore: String(version) })}`;
}
