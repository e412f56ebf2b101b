import { z } from "zod";

/** Longer searches are refused with a message rather than run. */
export const SEARCH_MAX_LENGTH = 1000;

/** Reads `?q=` (and keeps exactly what was typed, to show it back in the box). */
export const searchTextSchema = z
  .string()
  .max(
    SEARCH_MAX_LENGTH,
    `Searches can be at most ${SEARCH_MAX_LENGTH.toLocaleString("en")} characters long. Please shorten yours.`,
  );

// Letters or digits in any script: what the FTS5 tokenizer indexes.
const WORD_CHARACTER = /[\p{L}\p{N}]/u;
// NUL and other control characters mean nothing in a search box.
const CONTROL_CHARACTERS = /\p{Cc}/gu;

/**
 * Turns whatever a reader typed into a safe FTS5 MATCH expression, or null if
 * there is nothing to search for. Each whitespace-separated chunk becomes a
 * quoted phrase (double quotes doubled, as FTS5 wants), so no input is read
 * as FTS5 syntax: `-`, `*`, `OR`, parentheses and stray quotes are just text,
 * and "Putin's" still matches as the two tokens it is indexed as. Phrases are
 * joined with OR: bm25 ranks stories matching more of them first.
 */
export function toMatchExpression(input: string): string | null {
  const phrases = input
    .replace(CONTROL_CHARACTERS, " ")
    .split(/\s+/u)
    .filter((chunk) => WORD_CHARACTER.test(chunk))
    .map((chunk) => `"${chunk.replaceAll('"', '""')}"`);
  return phrases.length > 0 ? [...new Set(phrases)].join(" OR ") : null;
}
