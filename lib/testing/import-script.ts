import { spawnSync } from "node:child_process";
import path from "node:path";

/**
 * Runs `scripts/<script>` as npm would, against a test database and a scratch
 * folder for its data and media; no site runs at the address it tells after
 * writing, and no Varnish is purged.
 */
export function runImportScript(script: string, databaseUrl: string, scratch: string, args: string[]) {
  const env: NodeJS.ProcessEnv = {
    ...process.env,
    DATABASE_URL: databaseUrl,
    BYLINE_DATA_DIR: scratch,
    MEDIA_DIR: path.join(scratch, "media"),
    AUTH_SECRET: "a test secret that is long enough to sign with",
    BYLINE_INTERNAL_URL: "http://127.0.0.1:9",
  };
  delete env.VARNISH_URL;
  return spawnSync(path.resolve("node_modules/.bin/tsx"), ["--conditions=react-server", `scripts/${script}`, ...args], {
    env,
    encoding: "utf8",
  });
}
