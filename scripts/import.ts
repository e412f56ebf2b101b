/**
 * `npm run import -- <file> --as <email> [--publish] [--update]`: imports a
 * wire story as that account, through the editor's own save, then tells the
 * running site to expire the pages it changed. Exits 1 with a message (and
 * writes nothing) when the file cannot be imported.
 */
import "dotenv/config";
import { readFile } from "node:fs/promises";
import { importWireStory } from "@/lib/articles/import";
import { articlePath } from "@/lib/articles/paths";
import { expireOnRunningSite } from "@/lib/cache/notify-site";
import { db } from "@/lib/db";
import { findActiveStaff } from "@/lib/users/queries";
import { fail, parseCommandLine, runOrFail } from "./cli";

const USAGE =
  "Usage: npm run import -- <file> --as <email> [--publish] [--update]\n" +
  "--as names the account the story is imported as; publishing needs an editor or admin.";

const args = parseCommandLine(
  {
    allowPositionals: true,
    options: { as: { type: "string" }, publish: { type: "boolean" }, update: { type: "boolean" } },
  },
  USAGE,
);
const [file, ...extra] = args.positionals;
if (!file || extra.length > 0 || !args.values.as) fail(USAGE);
const email = args.values.as;

let text: string;
try {
  text = await readFile(file, "utf8");
} catch {
  fail(`Cannot read "${file}": no such file, or it is not readable.`);
}

const result = await runOrFail("The import failed and nothing was written", async () => {
  const actor = await findActiveStaff(email, db);
  if (!actor) return { ok: false as const, message: `There is no active account with the email ${email}.` };
  return importWireStory(db, actor, text, { publish: args.values.publish, update: args.values.update, origin: file });
});
if (!result.ok) fail(`Not imported: ${result.message}`);

const { article, created, warnings } = result;
console.log(
  `${created ? "Imported" : "Updated"} "${article.headline}" as ${article.status.toLowerCase()} at ${articlePath(article.slug)}`,
);
for (const warning of warnings) console.log(`Warning: ${warning}`);
await db.$disconnect();

const notice = await expireOnRunningSite(result.revalidate);
if (!notice.told) console.log(`Note: ${notice.message}`);
