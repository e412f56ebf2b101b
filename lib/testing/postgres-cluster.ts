import { execFileSync, type SpawnSyncOptions, spawnSync } from "node:child_process";
import { chownSync, existsSync, mkdtempSync, readdirSync, rmSync } from "node:fs";
import os from "node:os";
import path from "node:path";

/**
 * A throwaway PostgreSQL cluster in a temporary folder, for tests: Debian's
 * `postgresql` package provides the programs, and nothing else is needed
 * (no system service, no port: it listens only on a Unix socket in its
 * folder, so test runs never collide). Durability is off; it lives for one
 * test run.
 */
export type ThrowawayCluster = {
  /** The folder holding the data and the socket. */
  dir: string;
  /** A URL for one of its databases. */
  url: (database: string) => string;
  /** Runs SQL through psql against `database` (as the cluster's owner). */
  sql: (database: string, script: string) => string;
  stop: () => void;
};

const OWNER = "byline";

/** Where PostgreSQL's programs are: PG_BIN_DIR, else Debian's newest /usr/lib/postgresql/<n>/bin. */
export function postgresBinDir(): string | null {
  if (process.env.PG_BIN_DIR) return process.env.PG_BIN_DIR;
  const root = "/usr/lib/postgresql";
  if (!existsSync(root)) return null;
  const versions = readdirSync(root)
    .filter((name) => existsSync(path.join(root, name, "bin", "initdb")))
    .sort((a, b) => Number(b) - Number(a));
  const newest = versions[0];
  return newest ? path.join(root, newest, "bin") : null;
}

/**
 * initdb refuses to run as root; then the cluster belongs to the `postgres`
 * account the package creates, and its programs run as that account.
 */
function clusterAccount(): { uid: number; gid: number } | null {
  if (process.getuid?.() !== 0) return null;
  const uid = Number(execFileSync("id", ["-u", "postgres"], { encoding: "utf8" }).trim());
  const gid = Number(execFileSync("id", ["-g", "postgres"], { encoding: "utf8" }).trim());
  return { uid, gid };
}

function run(program: string, args: string[], options: SpawnSyncOptions): string {
  const result = spawnSync(program, args, { encoding: "utf8", ...options });
  if (result.error) throw result.error;
  if (result.status !== 0)
    throw new Error(`${path.basename(program)} ${args.join(" ")} failed:\n${result.stderr}${result.stdout}`);
  return String(result.stdout);
}

export function startThrowawayCluster(): ThrowawayCluster {
  const bin = postgresBinDir();
  if (!bin) throw new Error("PostgreSQL is not installed: apt-get install postgresql (or set PG_BIN_DIR).");
  const dir = mkdtempSync(path.join(os.tmpdir(), "byline-pg-"));
  const account = clusterAccount();
  if (account) chownSync(dir, account.uid, account.gid);
  const asOwner: SpawnSyncOptions = { ...(account ?? {}), cwd: dir, env: { ...process.env, LC_ALL: "C.UTF-8" } };
  const data = path.join(dir, "data");
  run(
    path.join(bin, "initdb"),
    ["-D", data, "-U", OWNER, "--auth=trust", "--no-sync", "-E", "UTF8", "--locale=C.UTF-8", "--no-instructions"],
    asOwner,
  );
  const settings = [
    `-k ${dir}`,
    "-c listen_addresses=''",
    "-c fsync=off",
    "-c synchronous_commit=off",
    "-c full_page_writes=off",
    "-c max_connections=300",
  ].join(" ");
  run(path.join(bin, "pg_ctl"), ["-D", data, "-w", "-l", path.join(dir, "log"), "-o", settings, "start"], asOwner);
  let stopped = false;
  return {
    dir,
    url: (database) => `postgresql://${OWNER}@localhost/${database}?host=${encodeURIComponent(dir)}`,
    sql: (database, script) =>
      run(path.join(bin, "psql"), ["-h", dir, "-U", OWNER, "-d", database, "-v", "ON_ERROR_STOP=1", "-qAt"], {
        input: script,
      }),
    stop: () => {
      if (stopped) return;
      stopped = true;
      try {
        run(path.join(bin, "pg_ctl"), ["-D", data, "-m", "immediate", "stop"], asOwner);
      } finally {
        rmSync(dir, { recursive: true, force: true });
      }
    },
  };
}
