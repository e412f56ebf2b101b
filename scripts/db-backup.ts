/**
 * `npm run db:backup -- [folder]`: a consistent copy of the database (taken
 * while the site runs) and the media folder, with a manifest, in a new
 * `byline-<UTC time>/` folder inside `folder` (default `backups/`).
 * Exits 1 with a message, leaving no partial backup, when it cannot.
 */
import "dotenv/config";
import fs from "node:fs";
import path from "node:path";
import { createBackup } from "@/lib/backup/backup";
import { BackupError } from "@/lib/backup/errors";
import { databaseFile, mediaDir } from "@/lib/env";
import { fail, parseCommandLine } from "./cli";

const USAGE = "Usage: npm run db:backup -- [folder]   (the backup goes into a new folder inside it; default backups/)";

const { positionals } = parseCommandLine({ options: {}, allowPositionals: true }, USAGE);
if (positionals.length > 1) fail(USAGE);
const destinationDir = path.resolve(positionals[0] ?? "backups");
const { version } = JSON.parse(fs.readFileSync(new URL("../package.json", import.meta.url), "utf8")) as {
  version: string;
};

try {
  const { folder, manifest } = await createBackup({
    databaseFile: databaseFile(),
    mediaDir: mediaDir(),
    destinationDir,
    bylineVersion: version,
  });
  const rows = Object.values(manifest.rowCounts).reduce((sum, count) => sum + count, 0);
  const mediaFiles = manifest.files.length - 1;
  const megabytes = manifest.files.reduce((sum, file) => sum + file.size, 0) / 1024 / 1024;
  console.log(
    `Backed up ${databaseFile()} (${Object.keys(manifest.rowCounts).length} tables, ${rows} rows, ${manifest.migrations.length} migrations) ` +
      `and ${mediaFiles} media file${mediaFiles === 1 ? "" : "s"} to ${folder} (${megabytes.toFixed(1)} MB).`,
  );
} catch (error) {
  if (error instanceof BackupError) fail(error.message);
  fail(`The backup failed: ${error instanceof Error ? error.message : String(error)}. No backup was written.`);
}
