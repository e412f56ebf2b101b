import { randomBytes } from "node:crypto";
import { mkdirSync, readFileSync, writeFileSync } from "node:fs";
import path from "node:path";
import { env } from "@/lib/env";

const SECRET_FILE = "auth-secret";

/**
 * The key that signs and encrypts session cookies. AUTH_SECRET wins; without
 * it, a random key is made once and kept in `<BYLINE_DATA_DIR>/auth-secret`
 * (readable by its owner only), so `npm run demo` works on a fresh machine and
 * sessions survive restarts. Sets process.env.AUTH_SECRET for child processes.
 */
export function ensureAuthSecret(dataDir: string = env().BYLINE_DATA_DIR): string {
  const fromEnv = process.env.AUTH_SECRET?.trim();
  if (fromEnv) return fromEnv;

  const file = path.resolve(/*turbopackIgnore: true*/ dataDir, SECRET_FILE);
  let secret: string;
  try {
    secret = readFileSync(file, "utf8").trim();
  } catch {
    mkdirSync(path.dirname(file), { recursive: true });
    try {
      // "wx": if another process made the file first, keep theirs.
      writeFileSync(file, randomBytes(32).toString("base64url"), { mode: 0o600, flag: "wx" });
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== "EEXIST") throw error;
    }
    secret = readFileSync(file, "utf8").trim();
  }
  if (!secret) throw new Error(`${file} is empty; delete it or set AUTH_SECRET.`);
  process.env.AUTH_SECRET = secret;
  return secret;
}
