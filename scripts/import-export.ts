/**
 * What `npm run import:ghost` and `npm run import:wordpress` run:
 * `<export file> --as <email> [--dry-run] [--update] [--media-dir <folder>]`
 * imports the posts of the export as that account, each through the
 * editor's own save, with a progress bar on standard error and the report
 * on standard output; then tells the running site to expire the pages it
 * changed. Exits 1 with a message, writing nothing, when the file, folder
 * or account will not do; a run that completes exits 0, whatever it skipped.
 */
import "dotenv/config";
import { db } from "@/lib/db";
import {
  expireImportedPages,
  IMPORT_COMMAND_LINE,
  importExportFile,
  importUsage,
  type Platform,
} from "@/lib/importers/command";
import { fail, parseCommandLine, runOrFail } from "./cli";

export async function importExportCommand(platform: Platform): Promise<void> {
  const usage = importUsage(platform);
  const args = parseCommandLine(IMPORT_COMMAND_LINE, usage);
  const [file, ...extra] = args.positionals;
  if (!file || extra.length > 0 || !args.values.as) fail(usage);

  const request = {
    file,
    email: args.values.as,
    update: args.values.update ?? false,
    dryRun: args.values["dry-run"] ?? false,
    mediaDir: args.values["media-dir"] ?? null,
  };
  const result = await runOrFail("The import stopped", () => importExportFile(db, platform, request, process.stderr));
  if (!result.ok) fail(`Nothing was imported: ${result.message}`);
  console.log(result.summary);
  await db.$disconnect();

  if (!request.dryRun) {
    const note = await expireImportedPages(result.report.revalidate);
    if (note) console.log(`Note: ${note}`);
  }
}
