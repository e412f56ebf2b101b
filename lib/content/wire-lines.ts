import { isValid, parse } from "date-fns";
import type { Nodes } from "mdast";
import { fromMarkdown } from "mdast-util-from-markdown";
import { normalizeWebUrl } from "./links";
import { isWithinMarkdownBudget } from "./markdown-budget";
import { trimEndOf, trimOf } from "./scan";

/**
 * Recognisers for the single-line parts of a wire story (byline, date, photo
 * credit, source link, related link). Each returns null when the line is not
 * that kind of line, so the caller can try the next one. Every pattern here
 * is linear (no two quantifiers can share a character), and the caller only
 * offers lines of at most WIRE_LINE_MAX_LENGTH characters.
 */

/** Longer lines are body text: the longest metadata line is a related link with a 2,048-character URL. */
export const WIRE_LINE_MAX_LENGTH = 3_000;

/** Plain text of one line of inline Markdown: "By [Reuters](#)" → "By Reuters". */
export function inlinePlainText(markdown: string): string {
  if (!isWithinMarkdownBudget(markdown)) return markdown.replace(/\s+/g, " ").trim();
  const parts: string[] = [];
  const stack: Nodes[] = [fromMarkdown(markdown)];
  for (let node = stack.pop(); node; node = stack.pop()) {
    if (node.type === "text" || node.type === "inlineCode") parts.push(node.value);
    else if (node.type === "break") parts.push(" ");
    else if ("children" in node)
      for (let i = node.children.length - 1; i >= 0; i--) stack.push(node.children[i] as Nodes);
    if (node.type === "paragraph" || node.type === "heading") parts.push(" ");
  }
  return parts.join("").replace(/\s+/g, " ").trim();
}

// "**By X**", "_Photo: X_": emphasis around a whole line says nothing.
function stripOuterEmphasis(line: string): string {
  return line.replace(/^([*_]{1,2})(.+)\1$/, "$2").trim();
}

/** "By Reuters", "By [Jane Doe](…) and John Roe", "By A, B & C" → names. */
export function matchByline(line: string): string[] | null {
  const match = /^by\s+(.+)$/i.exec(stripOuterEmphasis(line));
  if (!match?.[1] || line.length > 200) return null;
  const names = inlinePlainText(match[1])
    .split(/\s*,\s*|\s+(?:and|&)\s+/i)
    .map((name) => trimEndOf(name, ".;").trim())
    .filter(Boolean);
  // "By the end of the week, …" is prose: real names start with a capital.
  const plausible =
    names.length > 0 && names.length <= 8 && names.every((name) => name.length <= 80 && /^[\p{Lu}\p{N}]/u.test(name));
  return plausible ? [...new Set(names)] : null;
}

const MONTH =
  "(jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)";
const MONTH_FIRST = new RegExp(`\\b${MONTH}\\.?\\s+(\\d{1,2})(?:st|nd|rd|th)?,?\\s+(\\d{4})\\b`, "i");
const DAY_FIRST = new RegExp(`\\b(\\d{1,2})(?:st|nd|rd|th)?\\s+${MONTH}\\.?,?\\s+(\\d{4})\\b`, "i");
const ISO_DATE = /\b(\d{4})-(\d{2})-(\d{2})\b/;

export type DateLine = { date: string | null; raw: string };

/**
 * A short line holding a date ("July 28, 2018", "28 July 2018 14:05",
 * "2018-07-28"). `date` is the calendar day as "YYYY-MM-DD", or null when the
 * line clearly means a date that does not exist ("February 30, 2018").
 */
export function matchDateLine(line: string): DateLine | null {
  if (line.length > 80) return null;
  const text = inlinePlainText(line);
  const monthFirst = MONTH_FIRST.exec(text);
  const dayFirst = monthFirst ? null : DAY_FIRST.exec(text);
  const iso = monthFirst || dayFirst ? null : ISO_DATE.exec(text);
  const found = monthFirst ?? dayFirst ?? iso;
  if (!found || !onlyDateWords(text.replace(found[0], " "))) return null;
  let candidate: string | null = null;
  if (monthFirst) candidate = `${monthFirst[1]} ${monthFirst[2]} ${monthFirst[3]}`;
  else if (dayFirst) candidate = `${dayFirst[2]} ${dayFirst[1]} ${dayFirst[3]}`;
  if (candidate !== null) return { date: calendarDate(candidate.replace(/^sept/i, "Sep")), raw: text };
  if (iso) return { date: calendarDate(`${iso[1]}-${iso[2]}-${iso[3]}`), raw: text };
  return null;
}

// Besides the date itself a dateline may only say when/what kind of time it
// is; "What happened on July 4, 2018" is a headline, not a date line.
const DATE_WORDS = new Set(
  "published updated posted last modified on at date am pm monday tuesday wednesday thursday friday saturday sunday mon tue wed thu fri sat sun".split(
    " ",
  ),
);

function onlyDateWords(rest: string): boolean {
  const words = rest.match(/\p{L}+/gu) ?? [];
  return words.every((word) => DATE_WORDS.has(word.toLowerCase()) || /^[A-Z]{2,4}$/.test(word));
}

// date-fns parses in local time; we only read the calendar fields back out,
// so the machine's time zone cannot shift the day.
const REFERENCE = new Date(2000, 0, 1);

function calendarDate(value: string): string | null {
  for (const format of ["MMMM d yyyy", "MMM d yyyy", "yyyy-MM-dd"]) {
    const date = parse(value, format, REFERENCE);
    if (!isValid(date) || date.getFullYear() < 1900 || date.getFullYear() > 2100) continue;
    const pad = (n: number) => String(n).padStart(2, "0");
    return `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}`;
  }
  return null;
}

/** "[Kremlin.ru](#)", "[Kremlin.ru]", "Photo: Kremlin.ru" → "Kremlin.ru". */
export function matchCredit(line: string): string | null {
  const bracketed = /^\[([^\]]+)\](?:\([^)]*\))?$/.exec(line.trim());
  const labelled = /^(?:photo(?:graph)?|image|picture|credit|photo credit)s?\s*:\s*(.+)$/i.exec(
    stripOuterEmphasis(line),
  );
  const raw = bracketed?.[1] ?? labelled?.[1];
  if (raw === undefined) return null;
  const credit = inlinePlainText(raw).replace(/^(?:photo|image|credit)\s*:\s*/i, "");
  return credit && credit.length <= 200 ? credit : null;
}

// Before the colon "\s*(?:[*_]{1,2}\s*)?", not "\s*[*_]{0,2}\s*": two \s* side
// by side split a run of spaces every possible way before failing. After it
// they are harmless, as what follows matches at the first try.
const SOURCE_LABEL =
  /^[*_]{0,2}\s*(original\s+(?:url|link|article|story)|source\s+(?:url|link)|originally\s+published\s+(?:at|on)|source)\s*(?:[*_]{1,2}\s*)?:\s*[*_]{0,2}\s*(.*)$/i;

/**
 * "Original url: <https://…>" (or a bare URL, or [text](url)). `url` is null
 * when the line is a source line whose address is unusable; "Source: Reuters"
 * without any address is not a source line at all.
 */
export function matchSourceLine(line: string): { url: string | null; raw: string } | null {
  const match = SOURCE_LABEL.exec(line.trim());
  if (!match) return null;
  const rest = trimEndOf(match[2] ?? "", "*_", 2).trim();
  const linked = /^\[[^\]]*\]\(<?([^)>\s]+)>?\)$/.exec(rest);
  const raw = (linked?.[1] ?? rest).replace(/^<(.*)>$/, "$1").trim();
  const isGenericLabel = match[1]?.toLowerCase() === "source";
  if (isGenericLabel && !/^(?:\[|<|https?:)/i.test(rest)) return null;
  return { url: normalizeWebUrl(raw), raw };
}

const RELATED_LABEL =
  /^[*_]{0,2}\s*(?:related(?:\s+(?:article|story))?|see\s+also)\s*(?:[*_]{1,2}\s*)?:\s*[*_]{0,2}\s*(.+)$/i;

/** "**Related article:** [Headline](url)" → headline and http(s) url ("#" → null). */
export function matchRelatedLine(line: string): { headline: string; url: string | null } | null {
  const rest = RELATED_LABEL.exec(line.trim())?.[1];
  if (!rest) return null;
  const link = soleLink(rest);
  const headline = trimOf(link ? inlinePlainText(link.text) : inlinePlainText(rest), "*_").trim();
  if (!headline || headline.length > 300) return null;
  return { headline, url: link ? normalizeWebUrl(link.url) : null };
}

/**
 * The one link a line consists of (possibly wrapped in emphasis), if any. The
 * text runs to the last "](": found by search, since a pattern like
 * /\[(.+)\]\(/ retries every earlier "](" and is quadratic on "](](](…".
 */
function soleLink(markdown: string): { text: string; url: string } | null {
  const link = trimOf(markdown.trim(), "*_", 2);
  if (!link.startsWith("[") || !link.endsWith(")")) return null;
  const textEnd = link.lastIndexOf("](");
  if (textEnd < 2) return null;
  const target = /^<?([^)\s>]*)>?(?:\s+"[^"]*")?$/.exec(link.slice(textEnd + 2, -1).trim());
  return target?.[1] !== undefined ? { text: link.slice(1, textEnd), url: target[1] } : null;
}
