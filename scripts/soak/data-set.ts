import { randomBytes, randomUUID } from "node:crypto";
import { cpSync, existsSync, mkdirSync } from "node:fs";
import path from "node:path";
import Database from "better-sqlite3";
import { hashPassword } from "@/lib/auth/password";
import { applyMigrations } from "@/lib/migrations/migrate";

/**
 * The soak's own copy of a site's data: the database (SQLite's online
 * backup, consistent while the site keeps writing) and the media folder, in a
 * folder of its own. The soak writes only there: the site it copied is never
 * touched. Written with better-sqlite3 rather than the app's Prisma client so
 * the journey (e2e/soak.spec.ts, run by Playwright outside React's server
 * conditions) can use it too.
 */

export type SoakEditor = { email: string; password: string; name: string; authorId: string };

export type SoakCopy = { dataDir: string; databaseFile: string; mediaDir: string };

/** Copies `databaseFile` and `mediaDir` into `<workDir>/data`, bringing the copy's schema up to this checkout. */
export async function copyDataSet(
  source: { databaseFile: string; mediaDir: string },
  workDir: string,
  log: (line: string) => void,
): Promise<SoakCopy> {
  if (!existsSync(source.databaseFile)) {
    throw new Error(
      `There is no database at ${source.databaseFile}: set DATABASE_URL (or BYLINE_DATA_DIR) to the site's, or make one with \`npm run db:migrate\` and \`npm run db:seed\`.`,
    );
  }
  const dataDir = path.join(workDir, "data");
  const copy = { dataDir, databaseFile: path.join(dataDir, "byline.db"), mediaDir: path.join(dataDir, "media") };
  mkdirSync(copy.mediaDir, { recursive: true });
  const database = new Database(source.databaseFile, { readonly: true, fileMustExist: true });
  try {
    // The whole copy in one step: copied a hundred pages at a time, it would start over at every write of a live site.
    await database.backup(copy.databaseFile, { progress: () => Number.MAX_SAFE_INTEGER });
  } finally {
    database.close();
  }
  if (existsSync(source.mediaDir)) cpSync(source.mediaDir, copy.mediaDir, { recursive: true });
  applyMigrations({
    databaseFile: copy.databaseFile,
    migrationsDir: path.resolve("prisma", "migrations"),
    log: (line) => log(`The copy was behind this checkout: ${line}`),
  });
  return copy;
}

/** How SQLite holds Prisma's DateTime in this schema: ISO 8601 with an explicit offset. */
const storedTime = (date: Date) => date.toISOString().replace("Z", "+00:00");

/**
 * Adds `count` active editors, each with a staff byline, to the copy. They
 * sign in with a password made for this run; when the copy's settings require
 * two-factor sign-in for editors, the requirement is lifted in the copy, and
 * `log` says so.
 */
export async function addSoakEditors(
  databaseFile: string,
  count: number,
  log: (line: string) => void,
): Promise<SoakEditor[]> {
  const run = randomBytes(4).toString("hex");
  const password = `soak-${randomBytes(18).toString("base64url")}`;
  const passwordHash = await hashPassword(password);
  const now = storedTime(new Date());
  const database = new Database(databaseFile, { fileMustExist: true });
  try {
    const addUser = database.prepare(
      `INSERT INTO "User" ("id", "email", "name", "passwordHash", "role", "status", "createdAt", "updatedAt")
       VALUES (?, ?, ?, ?, 'EDITOR', 'ACTIVE', ?, ?)`,
    );
    const addAuthor = database.prepare(
      `INSERT INTO "Author" ("id", "name", "slug", "kind", "userId", "createdAt", "updatedAt")
       VALUES (?, ?, ?, 'STAFF', ?, ?, ?)`,
    );
    const editors = database.transaction(() =>
      Array.from({ length: count }, (_, index) => {
        const name = `Soak Editor ${index + 1}`;
        const slug = `soak-${run}-editor-${index + 1}`;
        const userId = randomUUID();
        const authorId = randomUUID();
        const email = `${slug}@example.com`;
        addUser.run(userId, email, name, passwordHash, now, now);
        addAuthor.run(authorId, name, slug, userId, now, now);
        return { email, password, name, authorId };
      }),
    )();
    const settings = database.prepare(`SELECT "twoFactorRoles" FROM "SiteSettings" WHERE "id" = 'site'`).get() as
      | { twoFactorRoles: string }
      | undefined;
    const roles = settings ? (JSON.parse(settings.twoFactorRoles) as unknown) : [];
    if (Array.isArray(roles) && roles.includes("EDITOR")) {
      const kept = JSON.stringify(roles.filter((role) => role !== "EDITOR"));
      database.prepare(`UPDATE "SiteSettings" SET "twoFactorRoles" = ? WHERE "id" = 'site'`).run(kept);
      log(
        "The site requires two-factor sign-in for editors; the soak lifted that in its copy so its editors can sign in.",
      );
    }
    return editors;
  } finally {
    database.close();
  }
}

/** What the soak's editors file their stories under: a section and a tag that already exist. */
export type StoryPlacement = { sectionId: string; tagName: string | null };

export type ReaderWorld = { paths: string[]; placement: StoryPlacement };

const FIXED_READER_PATHS = ["/", "/feed.xml", "/atom.xml", "/feed.json", "/sitemap.xml", "/news-sitemap.xml"];

/**
 * Addresses an anonymous reader visits, taken from the copy: the home page,
 * feeds and sitemaps, a random sample of published stories (most of which no
 * cache has seen), the sections, tags and authors that have published
 * stories, and searches for words from their headlines.
 */
export function readerWorld(databaseFile: string, now: Date = new Date()): ReaderWorld {
  const database = new Database(databaseFile, { readonly: true, fileMustExist: true });
  try {
    const live = `a."status" = 'PUBLISHED' AND a."publishedAt" <= @now`;
    const slugs = (sql: string) =>
      (database.prepare(sql).all({ now: storedTime(now) }) as { slug: string }[]).map((row) => row.slug);
    const stories = database
      .prepare(`SELECT a."slug", a."headline" FROM "Article" a WHERE ${live} ORDER BY random() LIMIT 200`)
      .all({ now: storedTime(now) }) as { slug: string; headline: string }[];
    const sections = slugs(
      `SELECT s."slug" FROM "Section" s WHERE EXISTS (SELECT 1 FROM "Article" a WHERE a."sectionId" = s."id" AND ${live}) LIMIT 50`,
    );
    const tags = slugs(
      `SELECT t."slug" FROM "Tag" t WHERE EXISTS (SELECT 1 FROM "ArticleTag" x JOIN "Article" a ON a."id" = x."articleId" WHERE x."tagId" = t."id" AND ${live}) ORDER BY random() LIMIT 50`,
    );
    const authors = slugs(
      `SELECT w."slug" FROM "Author" w WHERE EXISTS (SELECT 1 FROM "ArticleAuthor" x JOIN "Article" a ON a."id" = x."articleId" WHERE x."authorId" = w."id" AND ${live}) ORDER BY random() LIMIT 20`,
    );
    const words = [
      ...new Set(stories.flatMap((story) => story.headline.toLowerCase().match(/\p{L}{5,}/gu) ?? [])),
    ].slice(0, 20);
    const section = database.prepare(`SELECT "id" FROM "Section" ORDER BY "name" LIMIT 1`).get() as
      | { id: string }
      | undefined;
    if (!section) throw new Error("The database has no section: the soak's editors file their stories under one.");
    const tag = database
      .prepare(
        `SELECT t."name" FROM "Tag" t JOIN "ArticleTag" x ON x."tagId" = t."id" GROUP BY t."id" ORDER BY count(*) DESC LIMIT 1`,
      )
      .get() as { name: string } | undefined;
    if (stories.length === 0) throw new Error("The database has no published story for readers to read.");
    return {
      paths: [
        ...FIXED_READER_PATHS,
        ...stories.map((story) => `/articles/${story.slug}`),
        ...sections.flatMap((slug) => [`/sections/${slug}`, `/sections/${slug}/feed.xml`]),
        ...tags.map((slug) => `/tags/${slug}`),
        ...authors.map((slug) => `/authors/${slug}`),
        ...words.map((word) => `/search?q=${encodeURIComponent(word)}`),
      ],
      placement: { sectionId: section.id, tagName: tag?.name ?? null },
    };
  } finally {
    database.close();
  }
}
