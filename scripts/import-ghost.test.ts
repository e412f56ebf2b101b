import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { createTestDatabase, type TestDatabase } from "@/lib/testing/database";
import { runImportScript } from "@/lib/testing/import-script";

const FIXTURE = "lib/importers/fixtures/ghost-export.json";

let database: TestDatabase;
let scratch: string;
beforeEach(async () => {
  database = createTestDatabase();
  scratch = mkdtempSync(path.join(os.tmpdir(), "byline-import-ghost-"));
  const staff = (email: string, role: "EDITOR" | "WRITER") =>
    database.client.user.create({ data: { email, name: role, role, status: "ACTIVE" } });
  await staff("editor@example.com", "EDITOR");
  await staff("writer@example.com", "WRITER");
});
afterEach(async () => {
  await database.dispose();
  rmSync(scratch, { recursive: true, force: true });
});

const importGhost = (args: string[]) => runImportScript("import-ghost.ts", database.url, scratch, args);

describe("npm run import:ghost", { timeout: 60_000 }, () => {
  it("imports the export, with progress on stderr and the report on stdout, then skips it all on a re-run", async () => {
    const run = importGhost([FIXTURE, "--as", "editor@example.com"]);
    expect(run.status).toBe(0);
    expect(run.stdout).toContain("Imported: 7   Updated: 0   Skipped: 3   Failed: 0");
    expect(run.stdout).toContain("Added sections: Eastwick, Transport");
    expect(run.stdout).toContain('  a page, not a post (1):\n    "About us", id g6');
    expect(run.stdout).toContain("    - <script> left out: scripts are not kept: <script>");
    expect(run.stdout).toContain("Note: No site answered at http://127.0.0.1:9");
    expect(run.stderr).toMatch(/10\/10 100% · imported 7 · updated 0 · skipped 3 · failed 0 · done in/);
    expect(await database.client.article.count()).toBe(7);

    const again = importGhost([FIXTURE, "--as", "editor@example.com"]);
    expect(again.status).toBe(0);
    expect(again.stdout).toContain("Imported: 0   Updated: 0   Skipped: 10   Failed: 0");
    expect(again.stdout).toContain("already on Byline (run again with --update to update it) (7):");
    expect(await database.client.article.count()).toBe(7);
  });

  it("prints the same report in a dry run and writes nothing", async () => {
    const run = importGhost([FIXTURE, "--as", "editor@example.com", "--dry-run"]);
    expect(run.status).toBe(0);
    expect(run.stdout).toMatch(
      /^Dry run of .*: nothing was written\.\nWould import: 7 {3}Would update: 0 {3}Skipped: 3/,
    );
    expect(run.stdout).toContain("Would add staff bylines: Mira Holt, Tom Reyes");
    expect(run.stdout).not.toContain("Note:");
    const { client } = database;
    expect([await client.article.count(), await client.author.count(), await client.section.count()]).toEqual([
      0, 0, 0,
    ]);
  });

  it("refuses a missing, unreadable or foreign file with a message and no stack trace", async () => {
    const notJson = path.join(scratch, "export.json");
    writeFileSync(notJson, "<html>not an export</html>");
    for (const [file, message] of [
      [path.join(scratch, "missing.json"), "Nothing was imported: Cannot read"],
      [notJson, "Nothing was imported: The file is not JSON"],
    ] as const) {
      const run = importGhost([file, "--as", "editor@example.com"]);
      expect(run.status).toBe(1);
      expect(run.stderr).toContain(message);
      expect(run.stderr).not.toMatch(/^\s+at /m);
    }
    expect(await database.client.article.count()).toBe(0);
  });

  it("refuses a writer's account and a command line without --as", async () => {
    const writer = importGhost([FIXTURE, "--as", "writer@example.com"]);
    expect(writer.status).toBe(1);
    expect(writer.stderr).toContain("writer@example.com is a writer: imports publish stories");
    const noAccount = importGhost([FIXTURE]);
    expect(noAccount.status).toBe(1);
    expect(noAccount.stderr).toContain("Usage: npm run import:ghost -- <export.json> --as <email>");
    expect(await database.client.article.count()).toBe(0);
  });
});
