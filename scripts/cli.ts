import { type ParseArgsConfig, parseArgs } from "node:util";

/** Ends a command-line script with a message for the person who ran it. */
export function fail(message: string): never {
  console.error(message);
  process.exit(1);
}

const messageOf = (error: unknown) => (error instanceof Error ? error.message : String(error));

/** The command line, or the usage line after what was wrong with it. */
export function parseCommandLine<T extends ParseArgsConfig>(config: T, usage: string) {
  try {
    return parseArgs(config);
  } catch (error) {
    fail(`${messageOf(error)}\n${usage}`);
  }
}

/**
 * Runs a script's database work; an unexpected error ends the script with
 * `refusal` and the most likely cause on a new install.
 */
export async function runOrFail<T>(refusal: string, work: () => Promise<T>): Promise<T> {
  try {
    return await work();
  } catch (error) {
    fail(`${refusal}: ${messageOf(error)}\nHas the database been migrated? Run \`npm run db:migrate\`.`);
  }
}
