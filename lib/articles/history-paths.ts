/** Addresses of a story's history, its comparisons and restores (the editor reads `restore`). */

export function historyPath(articleId: string): string {
  return `/editor/articles/${articleId}/history`;
}

export function comparePath(articleId: string, from: number, to: number): string {
  return `${historyPath(articleId)}/compare?${new URLSearchParams({ from: String(from), to: String(to) })}`;
}

export function restorePath(articleId: string, version: number): string {
  return `/editor/articles/${articleId}?${new URLSearchParams({ restore: String(version) })}`;
}
