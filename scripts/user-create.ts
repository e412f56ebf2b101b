/**
 * `npm run user:create -- --email a@b.c --name "A. Person" --role ADMIN`:
 * creates an active account, for the first admin of a new installation.
 * The password comes from BYLINE_PASSWORD (for scripts) or is asked for twice.
 * Exits 1 with a message, writing nothing, on bad input.
 */
import "dotenv/config";
import { createInterface } from "node:readline";
import { Writable } from "node:stream";
import { db } from "@/lib/db";
import { createActiveUser, newUserSchema } from "@/lib/users/create";
import { ROLE_LABELS } from "@/lib/users/fields";
import { fail, parseCommandLine, runOrFail } from "./cli";

const USAGE =
  'Usage: npm run user:create -- --email <email> --name "<name>" [--role ADMIN|EDITOR|WRITER]\nThe password is read from BYLINE_PASSWORD, or asked for.';

/** Asks twice without echoing what is typed (a terminal) or reads two lines (a pipe). */
async function askPassword(): Promise<string> {
  const silent = new Writable({ write: (_chunk, _encoding, done) => done() });
  const reader = createInterface({ input: process.stdin, output: silent, terminal: Boolean(process.stdin.isTTY) });
  // Lines are read through the iterator: it keeps lines that arrive before they are asked for.
  const lines = reader[Symbol.asyncIterator]();
  try {
    process.stdout.write("Password (at least 12 characters): ");
    const first = (await lines.next()).value ?? "";
    process.stdout.write("\nThe same password again: ");
    const second = (await lines.next()).value ?? "";
    process.stdout.write("\n");
    if (first !== second) fail("The two passwords do not match. Nothing was created.");
    return first;
  } finally {
    reader.close();
  }
}

const args = parseCommandLine(
  { options: { email: { type: "string" }, name: { type: "string" }, role: { type: "string", default: "WRITER" } } },
  USAGE,
);
const { email, name, role } = args.values;
if (!email || !name) fail(USAGE);

const password = process.env.BYLINE_PASSWORD ?? (await askPassword());
const parsed = newUserSchema.safeParse({ email, name, role: role?.toUpperCase(), password });
if (!parsed.success) {
  const problems = parsed.error.issues.map(
    (issue) => `  ${issue.path[0] === "password" ? "password" : `--${issue.path.join(".")}`}: ${issue.message}`,
  );
  fail(`Nothing was created:\n${problems.join("\n")}\n${USAGE}`);
}

const result = await runOrFail("Nothing was created", () => createActiveUser(db, parsed.data, "command line"));
if (!result.ok) fail(`Nothing was created: ${result.message}`);
console.log(
  `Created ${result.user.name} <${result.user.email}> as ${ROLE_LABELS[result.user.role]}. They can sign in at /login.`,
);
await db.$disconnect();
