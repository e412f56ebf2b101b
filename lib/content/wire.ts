import { appendAll } from "./append-all";
import { mergeAdjacentText, splitLongText } from "./inline";
import { normalizeWebUrl } from "./links";
import { markdownToBody } from "./markdown";
import { markdownAllowance } from "./markdown-budget";
import { trimEndOf } from "./scan";
import { type Block, BODY_LIMITS, type BodyDocument, type Inline, type Paragraph } from "./schema";
import {
  inlinePlainText,
  matchByline,
  matchCredit,
  matchDateLine,
  matchRelatedLine,
  matchSourceLine,
  WIRE_LINE_MAX_LENGTH,
} from "./wire-lines";
import { sourceNameFor } from "./wire-sources";

/**
 * Wire story import, without the database: text in, structured story out.
 *
 * Expected shape (see lib/testing/fixtures/wire-story.md):
 *   # Headline
 *   [optional dek: "## …" or a wholly italic line]
 *   By Agency            (any order: byline, date, photo credit)
 *   July 28, 2018
 *   [Photo credit](#)
 *   Body paragraphs… "**Related article:** [Headline](url)" lines…
 *   Original url: <https://…>
 */

export type WireRelatedLink = { type: "relatedLink"; headline: string; url: string | null };
export type WireBlock = Block | WireRelatedLink;

export type WireStory = {
  headline: string;
  /** "" unless the story has one. */
  dek: string;
  /** Authors and agencies, in byline order: ["Reuters"]. */
  bylines: string[];
  /**
   * The calendar date printed on the story as "YYYY-MM-DD", or null. A wire
   * date has no time or zone, so choosing the publication instant (e.g. the
   * newsroom's midnight, via @date-fns/tz) is the importer's decision.
   */
  publishedOn: string | null;
  /** Credit for the hero image, "" when none. */
  heroCredit: string;
  blocks: WireBlock[];
  /** Absolute http(s) URL of the original, or null. */
  sourceUrl: string | null;
  /** Publisher name derived from sourceUrl ("The Moscow Times"), "" without one. */
  sourceName: string;
};

export type ParseWireResult = { ok: true; story: WireStory; warnings: string[] } | { ok: false; message: string };

export const WIRE_LIMITS = {
  maxBytes: 1_000_000,
  maxHeadlineLength: 300,
  /** More "Related article:" lines stay text: each one is looked up among the stories. */
  maxRelatedLinks: 50,
} as const;

export function parseWireStory(input: string): ParseWireResult {
  const unreadable = checkReadable(input);
  if (unreadable) return { ok: false, message: unreadable };

  const lines = normalize(input)
    .split("\n")
    .map((line) => trimEndOf(line, " \t"));
  const headlineAt = lines.findIndex((line) => line.trim() !== "");
  if (headlineAt === -1) return { ok: false, message: "The file is empty." };

  const firstLine = lines[headlineAt] ?? "";
  // Checked on the raw line too, so a megabyte-long first line is not parsed as Markdown.
  const headline = firstLine.length > 4 * WIRE_LIMITS.maxHeadlineLength ? firstLine : readHeadline(firstLine);
  if (!headline)
    return { ok: false, message: 'The story has no headline: start the file with a line like "# Headline".' };
  if (headline.length > WIRE_LIMITS.maxHeadlineLength)
    return {
      ok: false,
      message: `The headline is longer than ${WIRE_LIMITS.maxHeadlineLength} characters; is the first line really a headline?`,
    };

  const warnings: string[] = [];
  const header = readHeader(lines, headlineAt + 1, warnings);
  const { blocks, sourceUrl } = readBody(lines.slice(header.bodyStart), warnings);

  if (!blocks.some(isParagraphWithText)) return { ok: false, message: "The story has no body paragraphs." };
  if (header.bylines.length === 0) warnings.push('No byline found (expected a line like "By Reuters").');
  if (!header.dateSeen) warnings.push('No date found (expected a line like "July 28, 2018").');
  if (!sourceUrl && !warnings.some((w) => w.startsWith("The original URL")))
    warnings.push('No source URL found (expected a line like "Original url: <https://…>").');

  return {
    ok: true,
    story: {
      headline,
      dek: header.dek,
      bylines: header.bylines,
      publishedOn: header.publishedOn,
      heroCredit: header.heroCredit,
      blocks,
      sourceUrl,
      sourceName: sourceUrl ? sourceNameFor(sourceUrl) : "",
    },
    warnings,
  };
}

/**
 * Turns relatedLinks into body blocks: a relatedArticle when `resolve` knows
 * the headline (matching is the caller's business), else a paragraph that
 * keeps the reader's pointer as text ("Related article: Headline", linked
 * when the wire gave a real URL) and is listed in `unresolved`.
 */
export function resolveWireBody(
  blocks: readonly WireBlock[],
  resolve: (headline: string) => string | undefined,
): { doc: BodyDocument; unresolved: string[] } {
  const content: Block[] = [];
  const unresolved: string[] = [];
  for (const block of blocks) {
    if (block.type !== "relatedLink") {
      content.push(block);
      continue;
    }
    const articleId = resolve(block.headline)?.trim();
    if (articleId) {
      content.push({ type: "relatedArticle", attrs: { articleId } });
      continue;
    }
    if (!unresolved.includes(block.headline)) unresolved.push(block.headline);
    const href = block.url === null ? null : normalizeWebUrl(block.url);
    content.push({
      type: "paragraph",
      content: [
        { type: "text", text: "Related article:", marks: [{ type: "bold" }] },
        { type: "text", text: " " },
        href
          ? { type: "text", text: block.headline, marks: [{ type: "link", attrs: { href } }] }
          : { type: "text", text: block.headline },
      ],
    });
  }
  return { doc: { type: "doc", content }, unresolved };
}

function checkReadable(input: string): string | null {
  if (typeof input !== "string") return "The wire story must be text.";
  // UTF-8 never takes fewer bytes than UTF-16 code units, so the cheap check first.
  if (input.length > WIRE_LIMITS.maxBytes || new TextEncoder().encode(input).byteLength > WIRE_LIMITS.maxBytes)
    return "The file is larger than 1 MB; a wire story is a few kilobytes.";
  if (input.includes("\u0000")) return "The file looks binary (it contains NUL bytes), not a text wire story.";
  // biome-ignore lint/suspicious/noControlCharactersInRegex: control characters are what this counts.
  const bad = input.match(/[\u0001-\u0008\u000b\u000e-\u001f\u007f-\u009f\ufffd]/g)?.length ?? 0;
  if (bad > 0 && bad / input.length > 0.01)
    return "The file does not look like text: it has too many control or undecodable characters (is it UTF-8?).";
  if (input.trim() === "") return "The file is empty.";
  if (!/\p{L}/u.test(input)) return "The file contains no readable words.";
  return null;
}

/** CRLF, stray BOMs, non-breaking and zero-width spaces from copy-pasted wire copy. */
function normalize(input: string): string {
  return input
    .replace(/\r\n?|[\u2028\u2029]/g, "\n")
    .replace(/[\u00a0\u2007\u202f]/g, " ")
    .replace(/[\ufeff\u200b\u2060]/g, "");
}

/** "# Headline", or else the first line unless it is plainly something else (a byline, say). */
function readHeadline(line: string): string {
  const atx = atxHeadingText(line.trim(), 1);
  if (atx !== null) return inlinePlainText(atx);
  if (matchByline(line) || matchDateLine(line) || matchSourceLine(line) || matchRelatedLine(line)) return "";
  return inlinePlainText(line);
}

/**
 * "## Text ##" → "Text" for a heading of at least `minLevel`, else null. The
 * closing hashes are cut by scanning: /(.*?)(?:\s+#+)?$/ tries the whole rest
 * of a run of spaces at each position of it.
 */
function atxHeadingText(line: string, minLevel: number): string | null {
  const text = new RegExp(`^#{${minLevel},6}\\s+(.*)$`).exec(line)?.[1];
  if (text === undefined) return null;
  const withoutHashes = trimEndOf(text, "#");
  const closed = withoutHashes.length < text.length && /\s/.test(withoutHashes.slice(-1));
  return closed ? withoutHashes.trimEnd() : text;
}

type Header = {
  dek: string;
  bylines: string[];
  publishedOn: string | null;
  dateSeen: boolean;
  heroCredit: string;
  bodyStart: number;
};

/** Reads the metadata lines between the headline and the first body paragraph, in any order. */
function readHeader(lines: readonly string[], start: number, warnings: string[]): Header {
  const header: Header = { dek: "", bylines: [], publishedOn: null, dateSeen: false, heroCredit: "", bodyStart: start };
  let first = true;
  for (let i = start; i < lines.length; i++) {
    const line = (lines[i] ?? "").trim();
    if (line === "") continue;
    if (line.length > WIRE_LINE_MAX_LENGTH) return { ...header, bodyStart: i };
    if (first && /^(=+|-+)$/.test(line)) continue; // setext underline of the headline
    const dek = first ? matchDek(line) : null;
    first = false;
    const byline = dek === null ? matchByline(line) : null;
    const date = dek === null && !byline && !header.dateSeen ? matchDateLine(line) : null;
    const credit = dek === null && !byline && !date && !header.heroCredit ? matchCredit(line) : null;
    if (dek !== null) header.dek = dek;
    else if (byline) header.bylines.push(...byline.filter((name) => !header.bylines.includes(name)));
    else if (date) {
      header.dateSeen = true;
      header.publishedOn = date.date;
      if (!date.date) warnings.push(`Could not read the date "${date.raw}"; set the publication date by hand.`);
    } else if (credit) header.heroCredit = credit;
    else return { ...header, bodyStart: i };
  }
  return { ...header, bodyStart: lines.length };
}

/** A dek directly under the headline: "## …" or a wholly italic line. */
function matchDek(line: string): string | null {
  const text = atxHeadingText(line, 2) ?? /^([*_])(?![*_])(.+)(?<![*_])\1$/.exec(line)?.[2];
  const dek = text ? inlinePlainText(text) : "";
  return dek || null;
}

function readBody(lines: readonly string[], warnings: string[]): { blocks: WireBlock[]; sourceUrl: string | null } {
  const blocks: WireBlock[] = [];
  let sourceUrl: string | null = null;
  let run: string[] = []; // Markdown between special lines, converted in one go
  let relatedLinks = 0;
  let relatedKeptAsText = false;
  const allowance = markdownAllowance();
  const flush = () => {
    appendAll(blocks, markdownToBody(run.join("\n"), allowance).content);
    run = [];
  };
  for (const line of lines) {
    if (line.length > WIRE_LINE_MAX_LENGTH) {
      run.push(line);
      continue;
    }
    const source = matchSourceLine(line);
    if (source) {
      if (source.url && !sourceUrl) sourceUrl = source.url;
      // One warning is enough, however many such lines a paste repeats.
      if (!source.url && !warnings.some((warning) => warning.startsWith("The original URL")))
        warnings.push(`The original URL "${source.raw.slice(0, 200)}" is not an http(s) address; ignored.`);
      continue;
    }
    const related = matchRelatedLine(line);
    if (related && relatedLinks < WIRE_LIMITS.maxRelatedLinks) {
      relatedLinks++;
      flush();
      blocks.push({ type: "relatedLink", ...related });
      continue;
    }
    if (related) relatedKeptAsText = true;
    run.push(line);
  }
  flush();
  if (relatedKeptAsText)
    warnings.push(
      `Only the first ${WIRE_LIMITS.maxRelatedLinks} related articles were linked; the rest are kept as text.`,
    );
  return { blocks: joinBrokenParagraphs(blocks), sourceUrl };
}

// Wire feeds break paragraphs mid-sentence ("…said the White" / "house
// spokesman…"); a paragraph ending without closing punctuation followed by
// one starting in lower case is one paragraph.
const SENTENCE_END = /[.!?:;"'”’…)\]»]$/u;

function joinBrokenParagraphs(blocks: readonly WireBlock[]): WireBlock[] {
  // Whether to join is decided on the blocks as they came, and each run of
  // paragraphs is joined once: re-reading a growing paragraph is quadratic.
  const out: (WireBlock | Paragraph[])[] = [];
  for (const [i, block] of blocks.entries()) {
    const previous = blocks[i - 1];
    const run = out[out.length - 1];
    if (
      Array.isArray(run) &&
      previous?.type === "paragraph" &&
      block.type === "paragraph" &&
      endsMidSentence(previous) &&
      startsLowercase(block)
    ) {
      run.push(block);
    } else {
      out.push(block.type === "paragraph" ? [block] : block);
    }
  }
  return out.map((item) => (Array.isArray(item) ? joinParagraphs(item) : item));
}

function joinParagraphs(run: readonly Paragraph[]): Paragraph {
  if (run.length === 1 && run[0]) return run[0];
  const content: Inline[] = run.flatMap((paragraph, i) => [
    ...(i > 0 ? [{ type: "text", text: " " } as const] : []),
    ...(paragraph.content ?? []),
  ]);
  return { type: "paragraph", content: splitLongText(mergeAdjacentText(content), BODY_LIMITS.maxTextLength) };
}

function endsMidSentence(paragraph: Paragraph): boolean {
  const last = paragraph.content?.[paragraph.content.length - 1];
  return last?.type === "text" && !SENTENCE_END.test(last.text.trimEnd());
}

function startsLowercase(paragraph: Paragraph): boolean {
  const first = paragraph.content?.[0];
  return first?.type === "text" && /^\p{Ll}/u.test(first.text);
}

function isParagraphWithText(block: WireBlock): boolean {
  return (
    block.type === "paragraph" && (block.content ?? []).some((node) => node.type === "text" && node.text.trim() !== "")
  );
}
