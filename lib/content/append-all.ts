/**
 * Appends `items` to `target` in place. `target.push(...items)` passes every
 * item as an argument, and a pasted megabyte can hold a few hundred thousand
 * paragraphs: more arguments than V8's stack allows.
 */
export function appendAll<T>(target: T[], items: readonly T[]): void {
  for (const item of items) target.push(item);
}
