/** `npm run db:seed`: loads the demo newsroom and demo accounts into the configured database. */
import "dotenv/config";
import { seedDemoAccounts } from "@/lib/demo/accounts";
import { seedDemo } from "@/lib/demo/seed";

try {
  await seedDemo();
  await seedDemoAccounts();
} catch (error) {
  console.error(`Seeding failed: ${error instanceof Error ? error.message : String(error)}`);
  console.error("Has the database been migrated? Run `npm run db:migrate` first.");
  process.exit(1);
}
