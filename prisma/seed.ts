/**
 * `npm run db:seed`: loads the demo newsroom and demo accounts into the configured database.
 * `npm run db:seed -- --stories 100000` also adds that many generated stories (lib/demo/large-newsroom.ts).
 */
import "dotenv/config";
import { seedDemoAccounts } from "@/lib/demo/accounts";
import { seedLargeNewsroom } from "@/lib/demo/large-newsroom";
import { seedDemo } from "@/lib/demo/seed";
import { fail, parseCommandLine } from "@/scripts/cli";

const USAGE = "Usage: npm run db:seed [-- --stories <count>]";

const { values } = parseCommandLine({ options: { stories: { type: "string" } } }, USAGE);
const stories = values.stories === undefined ? 0 : Number(values.stories);
if (!Number.isSafeInteger(stories) || stories < 0 || stories > 10_000_000)
  fail(`--stories must be a whole number up to 10,000,000.\n${USAGE}`);

try {
  await seedDemo();
  await seedDemoAccounts();
  if (stories > 0) await seedLargeNewsroom({ stories });
} catch (error) {
  console.error(`Seeding failed: ${error instanceof Error ? error.message : String(error)}`);
  console.error("Has the database been migrated? Run `npm run db:migrate` first.");
  process.exit(1);
}
