import Database from "better-sqlite3";

/**
 * Checks on the database file of a site after it was killed or stopped:
 * SQLite's own integrity checks, every save the site acknowledged, and no
 * story written in part (its revision, bylines, tags or search row missing or
 * out of step with it).
 */

/** A save the server answered `ok: true` to: that version of that story was promised to be kept. */
export type AcknowledgedSave = { articleId: string; version: number };

/** What `PRAGMA integrity_check` says: ["ok"] when the file is sound. */
export function integrityCheck(databaseFile: string): string[] {
  return withDatabase(
    databaseFile,
    (db) => db.pragma("integrity_check", { simple: false }) as { integrity_check: string }[],
  ).map((row) => row.integrity_check);
}

/** Rows whose foreign key points at nothing (`PRAGMA foreign_key_check`); none in a sound file. */
export function foreignKeyViolations(databaseFile: string): unknown[] {
  return withDatabase(databaseFile, (db) => db.pragma("foreign_key_check") as unknown[]);
}

/**
 * FTS5's own check that the search index matches the rows it was made from
 * (prisma/migrations/20261128000000_init: "ArticleSearch", kept by triggers on
 * "Article"). A command written as an INSERT, so it needs a writable
 * connection, though it changes nothing. Answers the error, or null.
 */
export function searchIndexProblem(databaseFile: string): string | null {
  const db = new Database(databaseFile, { fileMustExist: true });
  try {
    db.pragma("busy_timeout = 5000");
    db.prepare(`INSERT INTO "ArticleSearch" ("ArticleSearch") VALUES ('integrity-check')`).run();
    return null;
  } catch (error) {
    return error instanceof Error ? error.message : String(error);
  } finally {
    db.close();
  }
}

/** The acknowledged saves whose revision is missing, or whose story has gone back to an earlier version. */
export function missingSaves(databaseFile: string, saves: readonly AcknowledgedSave[]): AcknowledgedSave[] {
  return withDatabase(databaseFile, (db) => {
    const revision = db.prepare(`SELECT 1 FROM "Revision" WHERE "articleId" = ? AND "version" = ?`);
    const article = db.prepare(`SELECT "version" FROM "Article" WHERE "id" = ?`);
    return saves.filter((save) => {
      const current = article.get(save.articleId) as { version: number } | undefined;
      return !revision.get(save.articleId, save.version) || !current || current.version < save.version;
    });
  });
}

type StoryRow = { id: string; slug: string; headline: string; version: number };

/**
 * Every story written in part, described: any story without exactly one
 * search row holding its current headline; and, among the stories whose slug
 * starts with `slugPrefix` (written through saves, with bylines and tags),
 * any without the revision of its current version, or whose bylines or tags
 * are missing or differ from what that revision recorded in the same
 * transaction. (Fixtures of other journeys insert stories without revisions,
 * so revisions are checked on this journey's own stories only.)
 */
export function halfWrittenStories(databaseFile: string, slugPrefix: string): string[] {
  return withDatabase(databaseFile, (db) => {
    const revision = db.prepare(`SELECT "snapshot" FROM "Revision" WHERE "articleId" = ? AND "version" = ?`);
    const searchRow = db.prepare(
      `SELECT s."headline" FROM "ArticleSearch_key" k JOIN "ArticleSearch" s ON s."rowid" = k."rowid" WHERE k."article_id" = ?`,
    );
    const authorIds = db.prepare(`SELECT "authorId" FROM "ArticleAuthor" WHERE "articleId" = ? ORDER BY "position"`);
    const tagIds = db.prepare(`SELECT "tagId" FROM "ArticleTag" WHERE "articleId" = ? ORDER BY "position"`);
    const problems: string[] = [];
    const stories = db.prepare(`SELECT "id", "slug", "headline", "version" FROM "Article"`).all() as StoryRow[];
    for (const story of stories) {
      const name = `${story.slug} (${story.id}) at version ${story.version}`;
      const indexed = searchRow.all(story.id) as { headline: string }[];
      if (indexed.length !== 1 || indexed[0]?.headline !== story.headline)
        problems.push(`${name} has ${indexed.length} search rows, headlines ${JSON.stringify(indexed)}`);
      if (!story.slug.startsWith(slugPrefix)) continue;
      const recorded = revision.get(story.id, story.version) as { snapshot: string } | undefined;
      if (!recorded) {
        problems.push(`${name} has no revision of that version`);
        continue;
      }
      const snapshot = JSON.parse(recorded.snapshot) as { authorIds: string[]; tagIds: string[] };
      const authors = (authorIds.all(story.id) as { authorId: string }[]).map((row) => row.authorId);
      const tags = (tagIds.all(story.id) as { tagId: string }[]).map((row) => row.tagId);
      if (authors.length === 0 || authors.join() !== snapshot.authorIds.join())
        problems.push(
          `${name} has bylines ${JSON.stringify(authors)}, its revision ${JSON.stringify(snapshot.authorIds)}`,
        );
      if (tags.length === 0 || tags.join() !== snapshot.tagIds.join())
        problems.push(`${name} has tags ${JSON.stringify(tags)}, its revision ${JSON.stringify(snapshot.tagIds)}`);
    }
    return problems;
  });
}

/** Versions of stories under `slugPrefix` that the database holds though no answer acknowledged them. */
export function unacknowledgedRevisions(
  databaseFile: string,
  slugPrefix: string,
  saves: readonly AcknowledgedSave[],
): AcknowledgedSave[] {
  const acknowledged = new Set(saves.map((save) => `${save.articleId}@${save.version}`));
  const revisions = withDatabase(
    databaseFile,
    (db) =>
      db
        .prepare(
          `SELECT r."articleId", r."version" FROM "Revision" r JOIN "Article" a ON a."id" = r."articleId" WHERE a."slug" LIKE ? || '%'`,
        )
        .all(slugPrefix) as AcknowledgedSave[],
  );
  return revisions.filter((revision) => !acknowledged.has(`${revision.articleId}@${revision.version}`));
}

/** References a story needs, read from the site's own database: a staff byline, a section and a tag. */
export function storyReferences(databaseFile: string): {
  author: { id: string; name: string };
  sectionId: string;
  tag: string;
} {
  return withDatabase(databaseFile, (db) => {
    const author = db.prepare(`SELECT "id", "name" FROM "Author" ORDER BY "name" LIMIT 1`).get() as
      | { id: string; name: string }
      | undefined;
    const section = db.prepare(`SELECT "id" FROM "Section" ORDER BY "name" LIMIT 1`).get() as
      | { id: string }
      | undefined;
    const tag = db.prepare(`SELECT "name" FROM "Tag" ORDER BY "name" LIMIT 1`).get() as { name: string } | undefined;
    if (!author || !section || !tag) throw new Error(`${databaseFile} has no author, section or tag to write with.`);
    return { author, sectionId: section.id, tag: tag.name };
  });
}

/** One story's headline and status as the database holds them now. */
export function storedStory(
  databaseFile: string,
  articleId: string,
): { headline: string; slug: string; status: string } {
  return withDatabase(
    databaseFile,
    (db) =>
      db.prepare(`SELECT "headline", "slug", "status" FROM "Article" WHERE "id" = ?`).get(articleId) as {
        headline: string;
        slug: string;
        status: string;
      },
  );
}

function withDatabase<T>(databaseFile: string, read: (db: Database.Database) => T): T {
  const db = new Database(databaseFile, { readonly: true, fileMustExist: true });
  try {
    return read(db);
  } finally {
    db.close();
  }
}
