import Database from "better-sqlite3";

/** What the server told the soak it had stored: a story at a version, a correction on a story. */
export type AcknowledgedSave = { articleId: string; version: number };
export type AcknowledgedCorrection = { articleId: string; text: string };
export type Acknowledged = { saves: AcknowledgedSave[]; corrections: AcknowledgedCorrection[] };

export type Verification = {
  /** PRAGMA integrity_check's answer: "ok", or its first problems. */
  integrity: string;
  checkedSaves: number;
  checkedCorrections: number;
  /** Acknowledged saves the database does not hold, each with what is missing. */
  lostSaves: (AcknowledgedSave & { missing: string })[];
  lostCorrections: AcknowledgedCorrection[];
};

/**
 * Checks, after the server has stopped, that everything it acknowledged is in
 * the database: every saved version has its revision and the story is at
 * that version or later; every correction is there, word for word.
 */
export function verifyAcknowledged(databaseFile: string, acknowledged: Acknowledged): Verification {
  const database = new Database(databaseFile, { readonly: true, fileMustExist: true });
  try {
    const integrity = (database.pragma("integrity_check") as { integrity_check: string }[])
      .slice(0, 5)
      .map((row) => row.integrity_check)
      .join("; ");
    const revision = database.prepare(`SELECT 1 FROM "Revision" WHERE "articleId" = ? AND "version" = ? LIMIT 1`);
    const article = database.prepare(`SELECT "version" FROM "Article" WHERE "id" = ?`);
    const correction = database.prepare(`SELECT 1 FROM "Correction" WHERE "articleId" = ? AND "text" = ? LIMIT 1`);
    const lostSaves: Verification["lostSaves"] = [];
    for (const save of acknowledged.saves) {
      const story = article.get(save.articleId) as { version: number } | undefined;
      const missing = !story
        ? "the story"
        : !revision.get(save.articleId, save.version)
          ? `the revision of version ${save.version}`
          : story.version < save.version
            ? `version ${save.version} (the story is at ${story.version})`
            : undefined;
      if (missing) lostSaves.push({ ...save, missing });
    }
    return {
      integrity,
      checkedSaves: acknowledged.saves.length,
      checkedCorrections: acknowledged.corrections.length,
      lostSaves,
      lostCorrections: acknowledged.corrections.filter((each) => !correction.get(each.articleId, each.text)),
    };
  } finally {
    database.close();
  }
}
