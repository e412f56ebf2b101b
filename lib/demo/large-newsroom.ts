import { revisionSnapshot } from "@/lib/articles/revisions";
import { slugFromHeadline } from "@/lib/articles/slug";
import { toPlainText } from "@/lib/content/plain-text";
import type { Block, BodyDocument, Inline } from "@/lib/content/schema";
import { db } from "@/lib/db";
import {
  adjectives,
  bodyVerbs,
  commonNouns,
  firstNames,
  headlineVerbs,
  sectionNouns,
  syllables,
} from "@/lib/demo/newsroom-words";
import { type Article, Prisma, type PrismaClient } from "@/lib/generated/prisma/client";
import { demoAuthors, demoSections } from "@/prisma/demo-content";

/**
 * A large generated newsroom for measuring the reader site:
 * `npm run db:seed -- --stories 100000`. Every story is a function of the
 * seed and its number alone (a seeded PRNG, a fixed base date, our own
 * vocabulary), so the same command always writes the same stories, and a
 * second run finds them by their fixed ids and adds nothing.
 *
 * Story 0 is the newest; story i was published about i × STORY_INTERVAL_MS
 * before BASE_DATE, so 100,000 stories reach ten years back.
 */

export const BASE_DATE = new Date("2026-12-01T06:00:00.000Z");
const TEN_YEARS_MS = 10 * 365.25 * 24 * 3600 * 1000;
export const STORY_INTERVAL_MS = Math.floor(TEN_YEARS_MS / 100_000);
export const GENERATED_ID_PREFIX = "gen";
const DEFAULT_SEED = 20261201;

/** Share of stories per section: World is big enough for a deep archive (≥ 40% of 100,000). */
const SECTION_SHARES: Record<string, number> = {
  world: 0.42,
  politics: 0.2,
  business: 0.17,
  technology: 0.12,
  science: 0.09,
};
/** Agency bylines by share of stories; the rest are staff. */
const AGENCY_SHARES: [slug: string, share: number][] = [
  ["reuters", 0.18],
  ["associated-press", 0.11],
  ["agence-france-presse", 0.06],
];
const GENERATED_STAFF = 60;
const GENERATED_PLACES = 20_000;
const GENERATED_SURNAMES = 20_000;
const TAG_COUNT = 400;
const WEEKDAYS = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"];

export function articleId(index: number): string {
  return `${GENERATED_ID_PREFIX}${String(index).padStart(7, "0")}`;
}

// ---------------------------------------------------------------- randomness

type Random = () => number;

/** mulberry32: small, fast and good enough to pick words. */
function mulberry32(seed: number): Random {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** A stream of its own for each story, so story i never depends on the stories generated before it. */
function streamFor(seed: number, index: number): Random {
  let h = Math.imul(seed ^ 0x9e3779b9, 0x85ebca6b) ^ Math.imul(index + 1, 0xc2b2ae35);
  h = Math.imul(h ^ (h >>> 16), 0x85ebca6b);
  h = Math.imul(h ^ (h >>> 13), 0xc2b2ae35);
  return mulberry32(h ^ (h >>> 16));
}

const between = (random: Random, min: number, max: number) => min + Math.floor(random() * (max - min + 1));
const chance = (random: Random, probability: number) => random() < probability;

/** Picks items with weight 1/(rank+1)^exponent: a few very common, a long tail of rare ones. */
class Zipf<T> {
  private readonly cumulative: number[] = [];
  constructor(
    private readonly items: readonly T[],
    exponent: number,
  ) {
    let sum = 0;
    for (let rank = 0; rank < items.length; rank += 1) {
      sum += 1 / (rank + 1) ** exponent;
      this.cumulative.push(sum);
    }
  }
  pick(random: Random): T {
    const target = random() * (this.cumulative.at(-1) ?? 0);
    let low = 0;
    let high = this.cumulative.length - 1;
    while (low < high) {
      const middle = (low + high) >> 1;
      if ((this.cumulative[middle] ?? 0) < target) low = middle + 1;
      else high = middle;
    }
    return this.items[low] as T;
  }
}

function pickOne<T>(random: Random, items: readonly T[]): T {
  return items[Math.floor(random() * items.length)] as T;
}

// ---------------------------------------------------------------- vocabulary

const capitalize = (word: string) => word.charAt(0).toUpperCase() + word.slice(1);
const titleCase = (text: string) => text.split(" ").map(capitalize).join(" ");

/** Invented names (places, surnames): the long tail of rare words search has to find. */
function makeNames(count: number, random: Random, taken: Set<string>): string[] {
  const names: string[] = [];
  while (names.length < count) {
    const parts = between(random, 2, 3);
    let word = "";
    for (let part = 0; part < parts; part += 1)
      word += pickOne(random, syllables.onsets) + pickOne(random, syllables.vowels) + pickOne(random, syllables.codas);
    if (word.length < 5 || taken.has(word)) continue;
    taken.add(word);
    names.push(capitalize(word));
  }
  return names;
}

export type Vocabulary = {
  places: Zipf<string>;
  surnames: Zipf<string>;
  common: Zipf<string>;
  bySection: Map<string, Zipf<string>>;
  adjectives: Zipf<string>;
  verbs: Zipf<string>;
  tagNames: string[];
  tags: Zipf<number>;
  staffNames: string[];
};

export function makeVocabulary(seed: number): Vocabulary {
  const random = mulberry32(seed);
  const taken = new Set<string>();
  const places = makeNames(GENERATED_PLACES, random, taken);
  const surnames = makeNames(GENERATED_SURNAMES, random, taken);
  const staffNames = Array.from(
    { length: GENERATED_STAFF },
    (_, index) => `${firstNames[index % firstNames.length]} ${surnames[surnames.length - 1 - index]}`,
  );
  // Tags: topics and places, interleaved so the biggest tags mix both kinds.
  const topics = [...new Set([...Object.values(sectionNouns).flat(), ...commonNouns.slice(20)])].map(capitalize);
  const tagNames: string[] = [];
  for (let index = 0; tagNames.length < TAG_COUNT; index += 1) {
    const topic = topics[index];
    if (topic) tagNames.push(topic);
    tagNames.push(places[index] as string);
  }
  tagNames.length = TAG_COUNT;
  return {
    places: new Zipf(places, 0.9),
    surnames: new Zipf(surnames, 0.8),
    common: new Zipf(commonNouns, 0.7),
    bySection: new Map(Object.entries(sectionNouns).map(([slug, nouns]) => [slug, new Zipf(nouns, 1)])),
    adjectives: new Zipf(adjectives, 1),
    verbs: new Zipf(bodyVerbs, 0.7),
    tagNames,
    tags: new Zipf(
      tagNames.map((_, index) => index),
      0.9,
    ),
    staffNames,
  };
}

// ---------------------------------------------------------------- stories

/** The ids the generator needs from the database, by slug or name. */
export type NewsroomIds = {
  sections: ReadonlyMap<string, string>;
  agencies: ReadonlyMap<string, string>;
  staff: readonly string[];
  tags: readonly string[];
  /** Existing images to reuse as heroes (the demo's), in a fixed order. */
  media: readonly { id: string; alt: string; caption: string; credit: string }[];
};

export type GeneratedStory = {
  article: Article;
  authorIds: string[];
  tagIds: string[];
  relatedIds: string[];
  revisions: Prisma.RevisionCreateManyInput[];
  corrections: Prisma.CorrectionCreateManyInput[];
};

type StoryWords = {
  random: Random;
  vocabulary: Vocabulary;
  section: string;
  topics: string[];
  place: string;
  people: string[];
};

function noun(words: StoryWords): string {
  const { random, vocabulary, section, topics } = words;
  if (chance(random, 0.45)) return pickOne(random, topics);
  const list = chance(random, 0.5) ? vocabulary.bySection.get(section) : undefined;
  return (list ?? vocabulary.common).pick(random);
}

function person(words: StoryWords): string {
  return pickOne(words.random, words.people);
}

function place(words: StoryWords): string {
  return chance(words.random, 0.7) ? words.place : words.vocabulary.places.pick(words.random);
}

const adjective = (words: StoryWords) => words.vocabulary.adjectives.pick(words.random);
const verb = (words: StoryWords) => words.vocabulary.verbs.pick(words.random);
/** "a report", "an inquiry". */
const a = (word: string) => `${/^[aeiou]/i.test(word) ? "an" : "a"} ${word}`;
const amount = (words: StoryWords) => between(words.random, 2, 950).toLocaleString("en");

const SENTENCES: ((w: StoryWords) => string)[] = [
  (w) => `Officials in ${place(w)} ${verb(w)} the ${adjective(w)} ${noun(w)} on ${pickOne(w.random, WEEKDAYS)}.`,
  (w) =>
    `"We have waited long enough for this ${noun(w)}," said ${person(w)}, who leads the ${place(w)} ${noun(w)} group.`,
  (w) => `The ${noun(w)} ${verb(w)} ${amount(w)} ${noun(w)} last year, according to figures from the ${noun(w)}.`,
  (w) => `${person(w)} ${verb(w)} the ${adjective(w)} ${noun(w)} and asked the ${noun(w)} for ${a(noun(w))}.`,
  (w) => `Critics ${verb(w)} the ${noun(w)}, saying the ${adjective(w)} ${noun(w)} would cost ${place(w)} more.`,
  (w) => `${capitalize(a(adjective(w)))} ${noun(w)} is expected before the ${noun(w)} meets again in ${place(w)}.`,
  (w) => `Residents of ${place(w)} said the ${noun(w)} had ${verb(w)} their ${noun(w)} for ${amount(w)} days.`,
  (w) =>
    `The ${noun(w)} in ${place(w)} was ${verb(w)} by ${person(w)} and ${person(w)} after ${a(adjective(w))} review.`,
  (w) => `It was not clear whether the ${noun(w)} would change the ${adjective(w)} ${noun(w)} of the ${noun(w)}.`,
  (w) => `Some ${amount(w)} people ${verb(w)} the ${noun(w)} near ${place(w)}, the ${noun(w)} said.`,
  (w) => `${person(w)} told reporters that the ${noun(w)} was "${adjective(w)} but necessary".`,
  (w) => `Under the ${noun(w)}, ${place(w)} would receive ${amount(w)} million over five years.`,
  (w) => `The ${adjective(w)} ${noun(w)} follows months of talks between ${place(w)} and ${place(w)}.`,
  (w) => `Opponents have until ${pickOne(w.random, WEEKDAYS)} to respond, ${person(w)} wrote in a letter.`,
  (w) => `Neither the ${noun(w)} nor the ${noun(w)} answered questions about the ${noun(w)}.`,
  (w) => `In ${place(w)}, shops and offices closed early as the ${noun(w)} ${verb(w)} the ${noun(w)}.`,
  (w) => `${capitalize(a(noun(w)))} spokesperson declined to comment on the ${adjective(w)} ${noun(w)}.`,
  (w) => `Turnout at the ${noun(w)} in ${place(w)} was the highest in ${amount(w)} years.`,
  (w) => `The ${noun(w)} had been ${verb(w)} twice before, most recently by ${person(w)}.`,
  (w) => `Farmers near ${place(w)} ${verb(w)} the ${noun(w)} as ${adjective(w)} and unfair.`,
];

function sentence(words: StoryWords): string {
  return pickOne(words.random, SENTENCES)(words);
}

function paragraphText(words: StoryWords): string {
  return Array.from({ length: between(words.random, 2, 3) }, () => sentence(words)).join(" ");
}

/** A paragraph, now and then with a bold lead-in or a link to a (made-up) source. */
function paragraph(words: StoryWords): Block {
  const text = paragraphText(words);
  const { random } = words;
  if (chance(random, 0.05)) {
    const [lead, ...rest] = text.split(" ");
    const content: Inline[] = [{ type: "text", text: `${lead}`, marks: [{ type: "bold" }] }];
    if (rest.length > 0) content.push({ type: "text", text: ` ${rest.join(" ")}` });
    return { type: "paragraph", content };
  }
  if (chance(random, 0.05)) {
    const href = `https://example.org/${slugFromHeadline(words.place)}/${between(random, 1000, 9999)}`;
    return {
      type: "paragraph",
      content: [
        { type: "text", text: `${text} ` },
        { type: "text", text: "The full report", marks: [{ type: "link", attrs: { href } }] },
        { type: "text", text: " was published online." },
      ],
    };
  }
  return { type: "paragraph", content: [{ type: "text", text }] };
}

function body(words: StoryWords, inlineRelatedId: string | null): BodyDocument {
  const { random } = words;
  const content: Block[] = [];
  const paragraphs = between(random, 5, 8);
  for (let index = 0; index < paragraphs; index += 1) {
    if (index === 2 && inlineRelatedId) content.push({ type: "relatedArticle", attrs: { articleId: inlineRelatedId } });
    if (index === 3 && chance(random, 0.15))
      content.push({ type: "heading", attrs: { level: 2 }, content: [{ type: "text", text: titleCase(noun(words)) }] });
    if (index === 4 && chance(random, 0.1))
      content.push({
        type: "blockquote",
        content: [{ type: "paragraph", content: [{ type: "text", text: sentence(words) }] }],
      });
    else if (index === 4 && chance(random, 0.06))
      content.push({
        type: "bulletList",
        content: Array.from({ length: 3 }, () => ({
          type: "listItem" as const,
          content: [{ type: "paragraph" as const, content: [{ type: "text" as const, text: sentence(words) }] }],
        })),
      });
    content.push(paragraph(words));
  }
  return { type: "doc", content };
}

function headline(words: StoryWords): string {
  const { random } = words;
  const h = pickOne(random, headlineVerbs);
  switch (between(random, 0, 3)) {
    case 0:
      return titleCase(`${words.place} ${h} ${adjective(words)} ${noun(words)} ${noun(words)}`);
    case 1:
      return titleCase(`${words.people[0]?.split(" ").at(-1)} ${h} ${noun(words)} as ${noun(words)} ${verb(words)}`);
    case 2:
      return titleCase(`${adjective(words)} ${noun(words)} in ${words.place}: ${noun(words)} ${h} ${noun(words)}`);
    default:
      return titleCase(`${noun(words)} ${h} ${noun(words)} in ${words.place}`);
  }
}

function dek(words: StoryWords): string {
  return `The ${adjective(words)} ${noun(words)} ${verb(words)} in ${words.place} could change the ${noun(words)} for ${amount(words)} ${noun(words)}, ${person(words)} said.`;
}

function pickSection(random: Random): string {
  let roll = random();
  for (const [slug, share] of Object.entries(SECTION_SHARES)) {
    roll -= share;
    if (roll < 0) return slug;
  }
  return "world";
}

/** Distinct older stories (higher numbers) that exist among the first `total`. */
function olderStories(random: Random, index: number, total: number, count: number): string[] {
  const chosen = new Set<string>();
  for (let attempt = 0; attempt < count * 3 && chosen.size < count; attempt += 1) {
    const older = index + between(random, 1, 400);
    if (older < total) chosen.add(articleId(older));
  }
  return [...chosen];
}

/**
 * Story `index` of a newsroom of `total`: a pure function of (seed, index,
 * total). `total` only decides which older stories exist to link to.
 */
export function generateStory(
  seed: number,
  index: number,
  total: number,
  vocabulary: Vocabulary,
  ids: NewsroomIds,
): GeneratedStory {
  const random = streamFor(seed, index);
  const id = articleId(index);
  const section = pickSection(random);
  const sectionList = vocabulary.bySection.get(section);
  const topics = Array.from({ length: 3 }, () => (sectionList ?? vocabulary.common).pick(random));
  const people = Array.from({ length: 3 }, () => `${pickOne(random, firstNames)} ${vocabulary.surnames.pick(random)}`);
  const words: StoryWords = { random, vocabulary, section, topics, place: vocabulary.places.pick(random), people };

  const publishedAt = new Date(
    Math.floor((BASE_DATE.getTime() - index * STORY_INTERVAL_MS - random() * STORY_INTERVAL_MS * 0.9) / 1000) * 1000,
  );
  const createdAt = new Date(publishedAt.getTime() - between(random, 20, 240) * 60_000);

  // Bylines: an agency or a staff writer, sometimes with a second staff writer.
  let roll = random();
  const agency = AGENCY_SHARES.find(([, share]) => {
    roll -= share;
    return roll < 0;
  });
  const staff = () => pickOne(random, ids.staff);
  const authorIds = [agency ? (ids.agencies.get(agency[0]) ?? staff()) : staff()];
  const second = chance(random, 0.1) ? staff() : null;
  if (second && !authorIds.includes(second)) authorIds.push(second);

  const tagIds = [
    ...new Set(Array.from({ length: between(random, 1, 4) }, () => ids.tags[vocabulary.tags.pick(random)] ?? "")),
  ];
  const relatedIds = chance(random, 0.45) ? olderStories(random, index, total, between(random, 1, 3)) : [];
  const inlineRelated = chance(random, 0.2)
    ? (relatedIds[0] ?? olderStories(random, index, total, 1)[0] ?? null)
    : null;

  const storyHeadline = headline(words);
  const doc = body(words, inlineRelated);
  const hero = ids.media.length > 0 && chance(random, 0.7) ? pickOne(random, ids.media) : null;
  const corrected = chance(random, 0.01);
  const correctedAt = corrected
    ? new Date(
        Math.max(
          publishedAt.getTime(),
          Math.min(BASE_DATE.getTime(), publishedAt.getTime() + between(random, 2, 48) * 3_600_000),
        ),
      )
    : null;
  const drafts = chance(random, 0.03) ? between(random, 1, 2) : 0;

  const article: Article = {
    id,
    slug: `${slugFromHeadline(storyHeadline).slice(0, 100).replace(/-+$/, "")}-${index}`,
    headline: storyHeadline,
    dek: dek(words),
    body: JSON.stringify(doc),
    bodyText: toPlainText(doc),
    status: "PUBLISHED",
    publishedAt,
    firstPublishedAt: publishedAt,
    dateline: words.place.toUpperCase(),
    sectionId: ids.sections.get(section) ?? null,
    heroMediaId: hero?.id ?? null,
    heroAlt: hero?.alt ?? "",
    heroCaption: hero?.caption ?? "",
    heroCredit: hero?.credit ?? "",
    sourceName: "",
    sourceUrl: null,
    importSource: null,
    seoTitle: "",
    seoDescription: "",
    version: drafts + 1,
    createdById: null,
    updatedById: null,
    submittedById: null,
    submittedAt: null,
    createdAt,
    updatedAt: correctedAt ?? publishedAt,
  };

  const links = { authorIds, tagIds, relatedIds };
  // Earlier saves of a few stories were drafts with another headline; the last revision is what readers see.
  const revisions: Prisma.RevisionCreateManyInput[] = Array.from({ length: drafts }, (_, draft) => {
    const savedAt = new Date(createdAt.getTime() + (draft + 1) * 60_000);
    const earlier: Article = {
      ...article,
      headline: `${storyHeadline} (draft ${draft + 1})`,
      status: "DRAFT",
      publishedAt: null,
      firstPublishedAt: null,
      version: draft + 1,
      updatedAt: savedAt,
    };
    return {
      id: `${id}r${draft + 1}`,
      articleId: id,
      version: draft + 1,
      snapshot: revisionSnapshot(earlier, links),
      createdAt: savedAt,
    };
  });
  revisions.push({
    id: `${id}r${article.version}`,
    articleId: id,
    version: article.version,
    snapshot: revisionSnapshot(article, links),
    createdAt: publishedAt,
  });

  const corrections: Prisma.CorrectionCreateManyInput[] = correctedAt
    ? [
        {
          id: `${id}c1`,
          articleId: id,
          text: `An earlier version of this story gave the wrong number of ${noun(words)} in ${words.place}. It was ${amount(words)}.`,
          correctedAt,
        },
      ]
    : [];

  return { article, ...links, revisions, corrections };
}

// ---------------------------------------------------------------- loading

/** Sections, agencies, generated staff and tags: created if missing, found by slug or name otherwise. */
async function ensureTaxonomy(vocabulary: Vocabulary, client: PrismaClient): Promise<NewsroomIds> {
  for (const section of demoSections)
    await client.section.upsert({ where: { slug: section.slug }, update: {}, create: section });
  for (const author of demoAuthors.filter((a) => a.kind === "AGENCY"))
    await client.author.upsert({
      where: { slug: author.slug },
      update: {},
      create: { ...author, url: author.url ?? null },
    });
  const staff: string[] = [];
  for (const name of vocabulary.staffNames) {
    const slug = slugFromHeadline(name);
    const author = await client.author.upsert({
      where: { slug },
      update: {},
      create: {
        id: `${GENERATED_ID_PREFIX}-author-${slug}`,
        name,
        slug,
        kind: "STAFF",
        bio: `${name} reports for Byline.`,
      },
    });
    staff.push(author.id);
  }
  const tags: string[] = [];
  for (const name of vocabulary.tagNames) {
    const slug = slugFromHeadline(name);
    const tag = await client.tag.upsert({
      where: { name },
      update: {},
      create: { id: `${GENERATED_ID_PREFIX}-tag-${slug}`, name, slug },
    });
    tags.push(tag.id);
  }
  const bySlug = (rows: { id: string; slug: string }[]) => new Map(rows.map((row) => [row.slug, row.id]));
  return {
    sections: bySlug(await client.section.findMany({ select: { id: true, slug: true } })),
    agencies: bySlug(await client.author.findMany({ where: { kind: "AGENCY" }, select: { id: true, slug: true } })),
    staff,
    tags,
    media: await client.media.findMany({
      orderBy: { originalName: "asc" },
      select: { id: true, alt: true, caption: true, credit: true },
    }),
  };
}

type Row = Record<string, string | number | boolean | Date | null | undefined>;

// Bound values per statement, well under SQLite's limit of 32,766.
const VALUES_PER_INSERT = 10_000;

/**
 * Multi-row INSERTs through Prisma's raw queries. createMany was measured at
 * about 1 ms a story on this 2-core machine (some 190 s for 100,000 stories,
 * over the 3-minute budget); the same rows as multi-row INSERTs take a sixth
 * of that. Going through Prisma rather than better-sqlite3 itself keeps the
 * connection's pragmas and the driver adapter's conversion of values (dates
 * are stored exactly as Prisma stores them). Table and column names come
 * from this file, never from input; every value is a bound parameter.
 */
async function insertRows(tx: Prisma.TransactionClient, table: string, rows: readonly Row[]): Promise<void> {
  const [first] = rows;
  if (!first) return;
  const columns = Object.keys(first);
  const names = Prisma.raw(columns.map((column) => `"${column}"`).join(", "));
  const perStatement = Math.max(1, Math.floor(VALUES_PER_INSERT / columns.length));
  for (let start = 0; start < rows.length; start += perStatement) {
    const values = rows
      .slice(start, start + perStatement)
      .map((row) => Prisma.sql`(${Prisma.join(columns.map((column) => row[column] ?? null))})`);
    await tx.$executeRaw`INSERT INTO ${Prisma.raw(`"${table}"`)} (${names}) VALUES ${Prisma.join(values)}`;
  }
}

export type LargeNewsroomOptions = {
  stories: number;
  seed?: number;
  /** Stories per transaction. */
  batchSize?: number;
  log?: (line: string) => void;
};

/**
 * Adds `stories` generated stories (those not already there) with their
 * bylines, tags, related stories, revisions and corrections. Oldest first, so
 * every related story a story points at already exists.
 */
export async function seedLargeNewsroom(
  { stories: total, seed = DEFAULT_SEED, batchSize = 2000, log = console.log }: LargeNewsroomOptions,
  client: PrismaClient = db,
): Promise<{ added: number; existing: number }> {
  const started = performance.now();
  const seconds = () => ((performance.now() - started) / 1000).toFixed(1);
  const vocabulary = makeVocabulary(seed);
  const ids = await ensureTaxonomy(vocabulary, client);
  const existing = new Set(
    (await client.article.findMany({ where: { id: { startsWith: GENERATED_ID_PREFIX } }, select: { id: true } })).map(
      (row) => row.id,
    ),
  );
  const missing = Array.from({ length: total }, (_, offset) => total - 1 - offset).filter(
    (index) => !existing.has(articleId(index)),
  );
  const already = total - missing.length;
  if (missing.length === 0) {
    log(`The ${total.toLocaleString("en")} generated stories are already loaded.`);
    return { added: 0, existing: already };
  }
  log(`Generating ${missing.length.toLocaleString("en")} stories (${already.toLocaleString("en")} already there)…`);

  let added = 0;
  let nextReport = 10_000;
  for (let start = 0; start < missing.length; start += batchSize) {
    const batch = missing
      .slice(start, start + batchSize)
      .map((index) => generateStory(seed, index, total, vocabulary, ids));
    await client.$transaction(
      async (tx) => {
        await insertRows(
          tx,
          "Article",
          batch.map((story) => story.article),
        );
        await insertRows(
          tx,
          "ArticleAuthor",
          batch.flatMap((s) =>
            s.authorIds.map((authorId, position) => ({ articleId: s.article.id, authorId, position })),
          ),
        );
        await insertRows(
          tx,
          "ArticleTag",
          batch.flatMap((s) => s.tagIds.map((tagId, position) => ({ articleId: s.article.id, tagId, position }))),
        );
        await insertRows(
          tx,
          "ArticleRelation",
          batch.flatMap((s) => s.relatedIds.map((toId, position) => ({ fromId: s.article.id, toId, position }))),
        );
        await insertRows(
          tx,
          "Revision",
          batch.flatMap((story) => story.revisions),
        );
        await insertRows(
          tx,
          "Correction",
          batch.flatMap((story) => story.corrections),
        );
      },
      { timeout: 120_000 },
    );
    added += batch.length;
    if (added >= nextReport || added === missing.length) {
      log(`  ${added.toLocaleString("en")} / ${missing.length.toLocaleString("en")} stories (${seconds()} s)`);
      nextReport += 10_000;
    }
  }
  log(`Added ${added.toLocaleString("en")} generated stories in ${seconds()} s.`);
  return { added, existing: already };
}
