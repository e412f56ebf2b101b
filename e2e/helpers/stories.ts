import path from "node:path";
import Database from "better-sqlite3";
import { ensureAuthSecret } from "@/lib/auth/secret";
import { cacheExpiryKey } from "@/lib/cache/expiry-key";
import { expireOnRunningSite } from "@/lib/cache/notify-site";
import { E2E_SITE_URL } from "./site";

/**
 * Writes stories straight into the database of the server under test, as a
 * save in the newsroom would leave them (the search index follows by trigger),
 * then tells the server to expire its cached pages, as a script does after a
 * write that bypasses the app.
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

export async function insertStories(stories: readonly NewStory[], siteUrl = E2E_SITE_URL): Promise<void> {
  const dataDir = process.env.E2E_DATA_DIR!;
  writeStories(path.join(dataDir, "byline.db"), stories);
  const notice = await expireOnRunningSite(
    { articleIds: stories.map(storyId), taxonomy: Boolean(stories.some((story) => story.tag)) },
    { siteUrl, key: cacheExpiryKey(ensureAuthSecret(dataDir)) },
  );
  if (!notice.told) throw new Error(notice.message);
}

const storyId = (story: NewStory) => `e2e-${story.slug}`;

function writeStories(file: string, stories: readonly NewStory[]): void {
  const database = new Database(file);
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
        const id = storyId(story);
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
