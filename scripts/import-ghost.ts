/**
 * `npm run import:ghost -- <export.json> --as <email> [--dry-run] [--update] [--media-dir <folder>]`:
 * imports the posts of a Ghost export (JSON) as that account, each through the
 * editor's own save, with a progress bar on standard error and the report
 * on standard output; then tells the running site to expire the pages it
 * changed. Exits 1 with a message, writing nothing, when the file, folder
 * or account will not do; a run that completes exits 0, whatever it skipped.
 */
import "dotenv/config";
import { db } from "@/lib/db";
import { expireImportedPages, IMPORT_COMMAND_LINE, importExportFile, importUsage } from "@/lib/importers/command";
import { fail, parseCommandLine, runOrFail } from "./cli";

const USAGE = importUsage("ghost");
const args = parseCommandLine(IMPORT_COMMAND_LINE, USAGE);
const [file, ...extra] = args.positionals;
if (!file || extra.length > 0 || !args.values.as) fail(USAGE);

const request = {
  file,
  email: args.values.as,
  update: args.values.update ?? false,
  dryRun: args.values["dry-run"] ?? false,
  mediaDir: args.values["media-dir"] ?? null,
};
const result = await runOrFail("The import stopped", () => importExportFile(db, "ghost", request, process.stderr));
if (!result.ok) fail(`Nothing was imported: ${result.message}`);
console.log(result.summary);
await db.$disconnect();

if (!request.dryRun) {
  const note = await expireImportedPages(result.report.revalidate);
  if (note) console.log(`Note: ${note}`);
}
