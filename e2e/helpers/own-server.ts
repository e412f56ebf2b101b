import type { ChildProcess } from "node:child_process";
import { mkdirSync, rmSync } from "node:fs";
import path from "node:path";
import Database from "better-sqlite3";
import { exited, hasExited, startNextServer, stopProcessGroup, waitForUrl } from "../../scripts/servers";

/**
 * A second `next start` on a copy of the end-to-end database, for journeys
 * that stop, kill or break their server while the shared one carries on for
 * the others.
 */
export interface OwnServer {
  readonly url: string;
  readonly dataDir: string;
  readonly databaseFile: string;
  readonly mediaDir: string;
  /**
   * Sends a signal to the server's whole process group and waits until it has ended; answers how
   * (Next answers SIGTERM, once it has finished the requests in flight, with exit code 143).
   */
  signal(signal: NodeJS.Signals): Promise<{ code: number | null; signal: NodeJS.Signals | null }>;
  /** Starts `next start` again on the same data folder and waits until /api/health answers. */
  restart(): Promise<void>;
  /** SIGTERM, then SIGKILL after a grace period. Removes nothing. */
  stop(): Promise<void>;
}

/** Copies the shared end-to-end database into `${E2E_DATA_DIR}-${name}` and serves it on `port`. */
export async function startOwnServer({
  name,
  port,
  env,
}: {
  name: string;
  port: number;
  env?: Partial<NodeJS.ProcessEnv>;
}): Promise<OwnServer> {
  const shared = process.env.E2E_DATA_DIR;
  if (!shared) throw new Error("E2E_DATA_DIR is not set; run the journeys with `npm run test:e2e`.");
  const dataDir = `${shared}-${name}`;
  const databaseFile = path.join(dataDir, "byline.db");
  const mediaDir = path.join(dataDir, "media");
  rmSync(dataDir, { recursive: true, force: true });
  mkdirSync(mediaDir, { recursive: true });
  const source = new Database(path.join(shared, "byline.db"), { readonly: true });
  try {
    await source.backup(databaseFile);
  } finally {
    source.close();
  }

  const url = `http://127.0.0.1:${port}`;
  const start = async (): Promise<ChildProcess> => {
    const child = startNextServer({
      port,
      host: "127.0.0.1",
      stdio: "ignore",
      env: {
        ...process.env,
        BYLINE_DATA_DIR: dataDir,
        DATABASE_URL: `file:${databaseFile}`,
        MEDIA_DIR: mediaDir,
        SITE_URL: url,
        VARNISH_URL: undefined,
        ...env,
      },
    });
    try {
      await waitForUrl(`${url}/api/health`, { process: child, timeoutMs: 60_000 });
    } catch (error) {
      await stopProcessGroup(child);
      throw error;
    }
    return child;
  };

  let server = await start();
  return {
    url,
    dataDir,
    databaseFile,
    mediaDir,
    async signal(signal) {
      if (!hasExited(server) && server.pid) {
        try {
          process.kill(-server.pid, signal);
        } catch {
          // Already gone.
        }
      }
      await exited(server);
      return { code: server.exitCode, signal: server.signalCode };
    },
    async restart() {
      await stopProcessGroup(server);
      server = await start();
    },
    stop: () => stopProcessGroup(server),
  };
}
