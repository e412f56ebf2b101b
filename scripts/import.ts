/**
 * `npm run import -- <file> [--publish] [--update]`: imports a wire story.
 * Exits 1 with a message (and writes nothing) when the file cannot be imported.
 */
import "dotenv/config";
import { readFile } from "node:fs/promises";
import { importWireStory } from "@/lib/articles/import";
import { articlePath } from "@/lib/articles/paths";
import { db } from "@/lib/db";
import { fail, parseCommandLine, runOrFail } from "./cli";

const USAGE = "Usage: npm run import -- <file> [--publish] [--update]";

const args = parseCommandLine(
  { allowPositionals: true, options: { publish: { type: "boolean" }, update: { type: "boolean" } } },
  USAGE,
);
const [file, ...extra] = args.positionals;
if (!file || extra.length > 0) fail(USAGE);

let text: string;
try {
  text = await readFile(file, "utf8");
} catch {
  fail(`Cannot read "${file}": no such file, or it is not readable.`);
}

const result = await runOrFail("The import failed and nothing was written", () =>
  importWireStory(db, text, { publish: args.values.publish, update: args.values.update, origin: file }),
);
if (!result.ok) fail(`Not imported: ${result.message}`);

const { article, created, unresolved, warnings } = result;
console.log(
  `${created ? "Imported" : "Updated"} "${article.headline}" as ${article.status.toLowerCase()} at ${articlePath(article.slug)}`,
);
for (const warning of warnings) console.log(`Warning: ${warning}`);
if (unresolved.length > 0) {
  console.log(
    `Warning: ${unresolved.length} related link(s) match no story in the database and were kept as plain text:`,
  );
  for (const headline of unresolved) console.log(`  - ${headline}`);
}
await db.$disconnect();
