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

/** What a reader asked for: the distinct words typed, each searched as a phrase. Never empty. */
export type SearchTerms = readonly [string, ...string[]];

/**
 * Turns whatever a reader typed into the words to search for, or null if
 * there is nothing to search for. Each whitespace-separated chunk with a
 * letter or digit is one term, searched as a phrase, so nothing typed is read
 * as search syntax: `-`, `*`, `OR`, parentheses and stray quotes are just
 * text, and "Putin's" still matches as the two tokens it is indexed as. A
 * story matching more of the terms ranks first.
 */
export function searchTerms(input: string): SearchTerms | null {
  const chunks = input
    .replace(CONTROL_CHARACTERS, " ")
    .split(/\s+/u)
    .filter((chunk) => WORD_CHARACTER.test(chunk));
  const [first, ...rest] = [...new Set(chunks)];
  return first === undefined ? null : [first, ...rest];
}

/** The terms as an FTS5 MATCH expression: each a quoted phrase (inner quotes doubled, as FTS5 wants), joined with OR. */
export function toMatchExpression(terms: SearchTerms): string {
  return terms.map((term) => `"${term.replaceAll('"', '""')}"`).join(" OR ");
}
