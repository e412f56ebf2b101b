/**
 * Trimming by plain scanning. A pattern like /[ \t]+$/ retries its whole run
 * from every position inside it, which is quadratic on a long run that does
 * not end the text; these loops look at each character once. `max` limits
 * how many characters come off each end.
 */

export function trimEndOf(text: string, characters: string, max = Number.POSITIVE_INFINITY): string {
  let end = text.length;
  while (end > 0 && text.length - end < max && characters.includes(text.charAt(end - 1))) end--;
  return end === text.length ? text : text.slice(0, end);
}

export function trimStartOf(text: string, characters: string, max = Number.POSITIVE_INFINITY): string {
  let start = 0;
  while (start < text.length && start < max && characters.includes(text.charAt(start))) start++;
  return start === 0 ? text : text.slice(start);
}

export function trimOf(text: string, characters: string, max = Number.POSITIVE_INFINITY): string {
  return trimStartOf(trimEndOf(text, characters, max), characters, max);
}
