import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import sharp from "sharp";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { createTestDatabase, type TestDatabase } from "@/lib/testing/database";
import { runImportScript } from "@/lib/testing/import-script";

const FIXTURE = "lib/importers/fixtures/wordpress-export.xml";

let database: TestDatabase;
let scratch: string;
beforeEach(async () => {
  database = createTestDatabase();
  scratch = mkdtempSync(path.join(os.tmpdir(), "byline-import-wordpress-"));
  await database.client.user.create({
    data: { email: "admin@example.com", name: "Admin", role: "ADMIN", status: "ACTIVE" },
  });
});
afterEach(async () => {
  await database.dispose();
  rmSync(scratch, { recursive: true, force: true });
});

const importWordPress = (args: string[]) => runImportScript("import-wordpress.ts", database.url, scratch, args);

describe("npm run import:wordpress", { timeout: 60_000 }, () => {
  it("imports the posts, with featured images from --media-dir", async () => {
    const uploads = path.join(scratch, "uploads");
    mkdirSync(path.join(uploads, "2024", "03"), { recursive: true });
    const jpeg = await sharp({ create: { width: 32, height: 24, channels: 3, background: "#225588" } })
      .jpeg()
      .toBuffer();
    // Named .png as the export says: the upload judges an image by its content, never its name.
    writeFileSync(path.join(uploads, "2024", "03", "mill-front.png"), jpeg);

    const run = importWordPress([FIXTURE, "--as", "admin@example.com", "--media-dir", uploads]);
    expect(run.status).toBe(0);
    expect(run.stdout).toContain("Imported: 6   Updated: 0   Skipped: 3   Failed: 0");
    expect(run.stdout).toContain(
      '[gallery] left out: galleries, video and audio are not kept: [gallery ids="202,203,204"]',
    );
    const mill = await database.client.article.findUniqueOrThrow({
      where: { slug: "river-mill-museum" },
      include: { heroMedia: true },
    });
    expect(mill).toMatchObject({ status: "PUBLISHED", heroAlt: "The mill's brick front with new windows" });
    expect(mill.heroMedia).toMatchObject({ width: 32, height: 24 });
  });

  it("refuses broken XML, and a --media-dir that is not a folder, writing nothing", async () => {
    const broken = path.join(scratch, "export.xml");
    writeFileSync(broken, "<rss><channel><item></channel></rss>");
    const run = importWordPress([broken, "--as", "admin@example.com"]);
    expect(run.status).toBe(1);
    expect(run.stderr).toMatch(/^Nothing was imported: The file is not well-formed XML: .*\(line 1\)\.$/m);

    const notFolder = importWordPress([FIXTURE, "--as", "admin@example.com", "--media-dir", FIXTURE]);
    expect(notFolder.status).toBe(1);
    expect(notFolder.stderr).toContain(`--media-dir "${FIXTURE}" is not a folder.`);
    expect(await database.client.article.count()).toBe(0);
  });
});
