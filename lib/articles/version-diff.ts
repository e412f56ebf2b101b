import { isDeepStrictEqual } from "node:util";
import { type ChangeObject, diffWords } from "diff";
import type { VersionSnapshot } from "@/lib/articles/version-snapshot";
import { STATUS_LABELS } from "@/lib/articles/workflow";
import { toPlainText } from "@/lib/content/plain-text";
import { formatDateTime } from "@/lib/time";

/** Every field a version stores, by the label the editor gives it. */
export const VERSION_FIELD_LABELS = {
  headline: "Headline",
  dek: "Dek",
  body: "Body",
  slug: "Slug",
  sectionId: "Section",
  tagIds: "Tags",
  authorIds: "Bylines",
  dateline: "Dateline",
  heroMediaId: "Hero image",
  heroAlt: "Hero alt text",
  heroCaption: "Hero caption",
  heroCredit: "Hero credit",
  relatedIds: "Related articles",
  sourceName: "Source name",
  sourceUrl: "Original URL",
  seoTitle: "SEO title",
  seoDescription: "SEO description",
  status: "Status",
  publishedAt: "Publication time",
} as const satisfies Record<keyof VersionSnapshot, string>;

type VersionField = keyof typeof VERSION_FIELD_LABELS;
const FIELDS = Object.keys(VERSION_FIELD_LABELS) as VersionField[];

/** The fields `after` changed from `before`, in the editor's order, by label. */
export function changedFields(before: VersionSnapshot, after: VersionSnapshot): string[] {
  return FIELDS.filter((field) => !isDeepStrictEqual(before[field], after[field])).map(
    (field) => VERSION_FIELD_LABELS[field],
  );
}

export type DiffSegment = { text: string; change: "same" | "inserted" | "deleted" };
/** One side of a comparison: paragraphs of segments. */
export type DiffSide = DiffSegment[][];
export type TextComparison = { before: DiffSide; after: DiffSide; changed: boolean };

// A paragraph break becomes a token of its own, so that splitting or joining
// paragraphs counts as a change and each side keeps its own paragraphs.
// It is a private-use character, removed from the texts first.
const BREAK = "\uE000";
const BREAK_AROUND = new RegExp(`\\s*${BREAK}\\s*`);

function appendTo(side: DiffSide, text: string, change: DiffSegment["change"]): void {
  text.split(BREAK_AROUND).forEach((piece, index) => {
    if (index > 0) side.push([]);
    if (piece) side.at(-1)?.push({ text: piece, change });
  });
}

/** Paragraphs without the spaces that stood around a break, and without empty segments or paragraphs. */
function tidy(side: DiffSide): DiffSide {
  return side
    .map((paragraph) =>
      paragraph
        .map((segment, index) => {
          const start = index === 0 ? segment.text.trimStart() : segment.text;
          return { ...segment, text: index === paragraph.length - 1 ? start.trimEnd() : start };
        })
        .filter((segment) => segment.text),
    )
    .filter((paragraph) => paragraph.length > 0);
}

/**
 * Long texts rewritten throughout take the word diff seconds; past this it
 * shows the one text deleted and the other inserted, which is what they
 * amount to.
 */
const DIFF_TIMEOUT_MS = 1_000;

function wholesale(oldText: string, newText: string): ChangeObject<string>[] {
  return [
    { value: oldText, added: false, removed: true, count: 1 },
    { value: newText, added: true, removed: false, count: 1 },
  ];
}

/**
 * A word-level comparison of two texts given as paragraphs: the earlier
 * side marks the words deleted, the later side the words inserted.
 */
export function compareParagraphs(before: readonly string[], after: readonly string[]): TextComparison {
  const join = (paragraphs: readonly string[]) =>
    paragraphs.map((paragraph) => paragraph.replaceAll(BREAK, "")).join(` ${BREAK} `);
  const result: TextComparison = { before: [[]], after: [[]], changed: false };
  const [oldText, newText] = [join(before), join(after)];
  for (const part of diffWords(oldText, newText, { timeout: DIFF_TIMEOUT_MS }) ?? wholesale(oldText, newText)) {
    if (part.added || part.removed) result.changed = true;
    if (!part.added) appendTo(result.before, part.value, part.removed ? "deleted" : "same");
    if (!part.removed) appendTo(result.after, part.value, part.added ? "inserted" : "same");
  }
  return { ...result, before: tidy(result.before), after: tidy(result.after) };
}

/** The body's text by paragraph (as Article.bodyText splits it). */
export function bodyParagraphs(snapshot: VersionSnapshot): string[] {
  return toPlainText(snapshot.body)
    .split(/\n{2,}/)
    .filter(Boolean);
}

/** Names of what versions point at by id; an id missing from its map belonged to something since deleted. */
export type VersionNames = {
  sections: ReadonlyMap<string, string>;
  tags: ReadonlyMap<string, string>;
  authors: ReadonlyMap<string, string>;
  stories: ReadonlyMap<string, string>;
  media: ReadonlyMap<string, string>;
};

export type FieldChange = { label: string; before: string; after: string };

/** Compared word by word rather than listed as a change. */
type TextField = "headline" | "dek" | "body";
type OtherField = Exclude<VersionField, TextField>;
const OTHER_FIELDS = FIELDS.filter((field): field is OtherField => !["headline", "dek", "body"].includes(field));
const NONE = "(none)";

function named(map: ReadonlyMap<string, string>, what: string) {
  return (id: string | null) => (id === null ? NONE : (map.get(id) ?? `(a deleted ${what})`));
}

function namedList(map: ReadonlyMap<string, string>, what: string) {
  const one = named(map, what);
  return (ids: readonly string[]) => (ids.length === 0 ? NONE : ids.map(one).join(", "));
}

function describers(names: VersionNames, zone: string): { [F in OtherField]: (value: VersionSnapshot[F]) => string } {
  const plain = (value: string | null) => value || NONE;
  return {
    slug: plain,
    sectionId: named(names.sections, "section"),
    tagIds: namedList(names.tags, "tag"),
    authorIds: namedList(names.authors, "byline"),
    dateline: plain,
    heroMediaId: named(names.media, "image"),
    heroAlt: plain,
    heroCaption: plain,
    heroCredit: plain,
    relatedIds: namedList(names.stories, "story"),
    sourceName: plain,
    sourceUrl: plain,
    seoTitle: plain,
    seoDescription: plain,
    status: (status) => STATUS_LABELS[status],
    publishedAt: (date) => (date ? formatDateTime(date, zone) : NONE),
  };
}

/**
 * The changes between two versions other than the headline, dek and body
 * text (which are compared word by word), as "Section: World → Politics".
 */
export function otherChanges(
  before: VersionSnapshot,
  after: VersionSnapshot,
  names: VersionNames,
  zone: string,
): FieldChange[] {
  const describe = describers(names, zone);
  const show = <F extends OtherField>(field: F, snapshot: VersionSnapshot) => describe[field](snapshot[field]);
  return OTHER_FIELDS.filter((field) => !isDeepStrictEqual(before[field], after[field])).map((field) => ({
    label: VERSION_FIELD_LABELS[field],
    before: show(field, before),
    after: show(field, after),
  }));
}

/** Ids of everything two versions point at, to look their names up. */
export function referencedIds(...snapshots: VersionSnapshot[]) {
  const collect = (pick: (snapshot: VersionSnapshot) => (string | null)[]) => [
    ...new Set(snapshots.flatMap(pick).filter((id): id is string => id !== null)),
  ];
  return {
    sections: collect((snapshot) => [snapshot.sectionId]),
    tags: collect((snapshot) => snapshot.tagIds),
    authors: collect((snapshot) => snapshot.authorIds),
    stories: collect((snapshot) => snapshot.relatedIds),
    media: collect((snapshot) => [snapshot.heroMediaId]),
  };
}
