import path from "node:path";
import Database from "better-sqlite3";

/**
 * Writes stories straight into the database of the server under test, as a
 * save in the newsroom would leave them (the search index follows by trigger).
 * Reader pages already in the cache do not learn of them until their cache
 * lifetime ends; pages rendered afterwards do.
 */
export type NewStory = {
  slug: string;
  headline: string;
  status: "PUBLISHED" | "SCHEDULED";
  publishedAt: Date;
  dek?: string;
  body?: string;
  /** Slug of an existing section. */
  section?: string;
  /** A tag, made if it does not exist yet. */
  tag?: { name: string; slug: string };
};

/** Instants as Prisma writes them in SQLite, so the app's comparisons agree. */
function sqliteInstant(date: Date): string {
  return date.toISOString().replace("Z", "+00:00");
}

export function insertStories(stories: readonly NewStory[]): void {
  const database = new Database(path.join(process.env.E2E_DATA_DIR!, "byline.db"));
  try {
    const now = sqliteInstant(new Date());
    const addTag = database.prepare(
      `INSERT OR IGNORE INTO "Tag" ("id", "name", "slug", "createdAt") VALUES (?, ?, ?, ?)`,
    );
    const addStory = database.prepare(
      `INSERT INTO "Article" ("id", "slug", "headline", "dek", "body", "bodyText", "status", "publishedAt", "firstPublishedAt", "sectionId", "createdAt", "updatedAt")
       VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, (SELECT "id" FROM "Section" WHERE "slug" = ?), ?, ?)`,
    );
    const tagStory = database.prepare(
      `INSERT INTO "ArticleTag" ("articleId", "tagId", "position") SELECT ?, "id", 0 FROM "Tag" WHERE "slug" = ?`,
    );
    database.transaction(() => {
      for (const story of stories) {
        const id = `e2e-${story.slug}`;
        const body = story.body ?? `${story.headline}.`;
        const document = JSON.stringify({
          type: "doc",
          content: [{ type: "paragraph", content: [{ type: "text", text: body }] }],
        });
        const publishedAt = sqliteInstant(story.publishedAt);
        const firstPublishedAt = story.status === "PUBLISHED" ? publishedAt : null;
        addStory.run(
          id,
          story.slug,
          story.headline,
          story.dek ?? "",
          document,
          body,
          story.status,
          publishedAt,
          firstPublishedAt,
          story.section ?? null,
          now,
          now,
        );
        if (story.tag) {
          addTag.run(`e2e-tag-${story.tag.slug}`, story.tag.name, story.tag.slug, now);
          tagStory.run(id, story.tag.slug);
        }
      }
    })();
  } finally {
    database.close();
  }
}
