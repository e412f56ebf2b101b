/**
 * What an importer could not carry over, for one story: each kind of thing
 * once, how often it occurred and its first few occurrences, so a post with
 * forty tables yields one line of the report, not forty.
 */
export class Notes {
  private readonly entries = new Map<string, { examples: string[]; count: number }>();

  /** `what` says what happened ("<table> kept as text"); `example` shows where (a tag, an address, a shortcode). */
  add(what: string, example = ""): void {
    const entry = this.entries.get(what) ?? { examples: [], count: 0 };
    this.entries.set(what, entry);
    entry.count++;
    const clipped = clip(example);
    if (clipped && entry.examples.length < MAX_EXAMPLES && !entry.examples.includes(clipped))
      entry.examples.push(clipped);
  }

  addAll(lines: readonly string[]): void {
    for (const line of lines) this.add(line);
  }

  list(): string[] {
    return [...this.entries].map(([what, { examples, count }]) => {
      const times = count > 1 ? ` (${count}×)` : "";
      return examples.length ? `${what}${times}: ${examples.join(" · ")}` : `${what}${times}`;
    });
  }
}

const MAX_EXAMPLES = 3;
const MAX_EXAMPLE_LENGTH = 120;

/** Long enough to recognise, short enough for one line of a report. */
export function clip(text: string, max = MAX_EXAMPLE_LENGTH): string {
  // Only the start is looked at: a note about a megabyte of markup needs its first words.
  const oneLine = text
    .slice(0, max * 4)
    .replace(/\s+/g, " ")
    .trim();
  return oneLine.length > max || text.length > max * 4 ? `${oneLine.slice(0, max - 1)}…` : oneLine;
}
