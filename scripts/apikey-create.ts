/**
 * `npm run apikey:create -- --name "Mobile app"`: makes a content API key
 * and prints it, the only time it is shown (Byline keeps only its hash).
 * The same as Admin → API keys, audited as made from the command line.
 * Exits 1 with a message, writing nothing, on bad input.
 */
import "dotenv/config";
import { apiKeyNameSchema } from "@/lib/content-api/key-schemas";
import { createApiKey } from "@/lib/content-api/keys";
import { db } from "@/lib/db";
import { fail, parseCommandLine, runOrFail } from "./cli";

const USAGE = 'Usage: npm run apikey:create -- --name "<who or what will use it>"';

const args = parseCommandLine({ options: { name: { type: "string" } } }, USAGE);
const parsed = apiKeyNameSchema.safeParse({ name: args.values.name ?? "" });
if (!parsed.success) fail(`Nothing was created: ${parsed.error.issues[0]?.message}\n${USAGE}`);

const created = await runOrFail("Nothing was created", () =>
  createApiKey(db, parsed.data, { actor: null, ip: "command line" }),
);
console.log(`Created the API key “${created.name}”. It is shown only now; keep it somewhere safe:\n`);
console.log(created.key);
console.log("\nSend it as `Authorization: Bearer <key>` to /api/content/v1/. Revoke it under Admin → API keys.");
await db.$disconnect();
