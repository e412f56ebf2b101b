/**
 * `npm run db:restore -- <backup folder>`: replaces the database and media
 * of a stopped site with a backup made by `npm run db:backup`, keeping what
 * it replaces in `<data folder>/replaced-<UTC time>/`.
 * Every refusal exits 1 with a message and changes nothing.
 */
import "dotenv/config";
import path from "node:path";
import { BackupError } from "@/lib/backup/errors";
import { restoreBackup } from "@/lib/backup/restore";
import { databaseFile, mediaDir } from "@/lib/env";
import { fail, parseCommandLine } from "./cli";

const USAGE = "Usage: npm run db:restore -- <backup folder>   (a backups/byline-… folder; stop the site first)";

const { positionals } = parseCommandLine({ options: {}, allowPositionals: true }, USAGE);
const [backup] = positionals;
if (!backup || positionals.length > 1) fail(USAGE);

try {
  const result = await restoreBackup({
    backupDir: path.resolve(backup),
    databaseFile: databaseFile(),
    mediaDir: mediaDir(),
    migrationsDir: path.resolve("prisma/migrations"),
  });
  const { manifest } = result;
  console.log(
    `Restored the backup made ${manifest.createdAt} by Byline ${manifest.bylineVersion} into ${databaseFile()} and ${mediaDir()}.`,
  );
  if (result.appliedMigrations.length > 0) {
    console.log(`Applied the migrations it did not have yet: ${result.appliedMigrations.join(", ")}.`);
  }
  if (result.replacedDir) {
    console.log(`What it replaced is kept in ${result.replacedDir}; delete that folder once the site works.`);
  }
  console.log("You can start the site now.");
} catch (error) {
  if (error instanceof BackupError) fail(error.message);
  fail(
    `The restore failed: ${error instanceof Error ? error.message : String(error)}. The current database and media were not replaced.`,
  );
}
