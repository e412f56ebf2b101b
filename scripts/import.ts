/**
 * `npm run import -- <file> [--publish] [--update]`: imports a wire story.
 * Exits 1 with a message (and writes nothing) when the file cannot be imported.
 */
import "dotenv/config";
import { readFile } from "node:fs/promises";
import { parseArgs } from "node:util";
import { importWireStory } from "@/lib/articles/import";
import { articlePath } from "@/lib/articles/paths";
import { db } from "@/lib/db";

const USAGE = "Usage: npm run import -- <file> [--publish] [--update]";

function fail(message: string): never {
  console.error(message);
  process.exit(1);
}

let args;
try {
  args = parseArgs({ allowPositionals: true, options: { publish: { type: "boolean" }, update: { type: "boolean" } } });
} catch (error) {
  fail(`${error instanceof Error ? error.message : String(error)}\n${USAGE}`);
}
const [file, ...extra] = args.positionals;
if (!file || extra.length > 0) fail(USAGE);

let text: string;
try {
  text = await readFile(file, "utf8");
} catch {
  fail(`Cannot read "${file}": no such file, or it is not readable.`);
}

let result;
try {
  result = await importWireStory(db, text, { publish: args.values.publish, update: args.values.update, origin: file });
} catch (error) {
  fail(
    `The import failed and nothing was written: ${error instanceof Error ? error.message : String(error)}\nHas the database been migrated? Run \`npm run db:migrate\`.`,
  );
}
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
