/**
 * Starting and stopping the servers scripts and tests run: `next start` in a
 * process group of its own, so that stopping it ends everything it started
 * and leaves no orphan holding the port.
 */
import { type ChildProcess, type StdioOptions, spawn } from "node:child_process";
import os from "node:os";
import path from "node:path";

/**
 * Memory settings for `next start`, measured under the benchmark and the soak
 * on the 100,000-story newsroom (README, "Performance" and "Soak"). Left to
 * itself V8 grows its heap under load (RSS past 500 MB, and still growing
 * over three runs). The old space is bounded, as a guard against a runaway
 * rather than as a working size: under the soak's crowd the readers' server
 * held up to 230 MB live (a few hundred renders under way, each with its
 * request), and at the former 224 MB it died of "heap out of memory", one
 * soak in five. V8 also grows the heap with the cap: after the whole bench
 * on 100,000 stories the RSS ended at 295 MiB with 224 MB, 321 with 448 and
 * 298 with 320, which three soaks then passed. A 4 MB young generation keeps
 * short-lived garbage cheap to hold. Next's two
 * caches (route and data) are bounded at 48 MB each (`cacheMaxMemorySize`).
 * Fewer malloc arenas keep native memory from fragmenting across threads.
 * Flags already in NODE_OPTIONS win.
 */
export const NEXT_SERVER_NODE_FLAGS = ["--max-old-space-size=320", "--max-semi-space-size=4"] as const;

export function nextServerEnv(
  env: NodeJS.ProcessEnv = process.env,
  flags: readonly string[] = NEXT_SERVER_NODE_FLAGS,
): NodeJS.ProcessEnv {
  const given = env.NODE_OPTIONS ?? "";
  const added = flags.filter((flag) => !given.includes(flag.split("=")[0] as string));
  return {
    MALLOC_ARENA_MAX: "2",
    ...env,
    NEXT_TELEMETRY_DISABLED: env.NEXT_TELEMETRY_DISABLED ?? "1",
    NODE_OPTIONS: [given, ...added].filter(Boolean).join(" "),
  };
}

export type NextServerOptions = {
  port: number;
  /** In a process group of its own (the default), so stopProcessGroup ends everything it started. */
  detached?: boolean;
  /** Node flags for the server (NEXT_SERVER_NODE_FLAGS unless given); flags in NODE_OPTIONS win. */
  nodeFlags?: readonly string[];
  /** Address to listen on; 127.0.0.1 keeps it off the network (say, behind Varnish). */
  host?: string;
  env?: NodeJS.ProcessEnv;
  stdio?: StdioOptions;
};

/**
 * `node …/next start`: Next's server as the process itself, not under npx.
 * Through npx the child is npm, which a signal ends at once while
 * next-server, two processes down (the one whose SIGTERM handler finishes
 * the requests in flight and closes the database), carries on holding the
 * port and the database. Started this way, the child ending means the server
 * has ended, and its exit code is Next's.
 */
export function nextStartCommand(port: number | string, host?: string): [string, string[]] {
  const next = path.resolve("node_modules", "next", "dist", "bin", "next");
  return [process.execPath, [next, "start", "-p", String(port), ...(host ? ["-H", host] : [])]];
}

/** `next start` of the production build, in its own process group (stop it with stopProcessGroup). */
export function startNextServer({
  port,
  host,
  env = process.env,
  stdio = "inherit",
  nodeFlags,
  detached = true,
}: NextServerOptions): ChildProcess {
  const [command, args] = nextStartCommand(port, host);
  return spawn(command, args, { stdio, env: nextServerEnv(env, nodeFlags), detached });
}

export function hasExited(child: ChildProcess): boolean {
  return child.exitCode !== null || child.signalCode !== null;
}

/** Resolves when the process has ended (at once if it already has). */
export function exited(child: ChildProcess): Promise<void> {
  if (hasExited(child)) return Promise.resolve();
  return new Promise((resolve) => child.once("exit", () => resolve()));
}

/**
 * Ends a process started with `detached: true` and everything it started:
 * SIGTERM to its group, then SIGKILL if it has not gone within `graceMs`.
 */
export async function stopProcessGroup(child: ChildProcess, graceMs = 10_000): Promise<void> {
  if (!child.pid || hasExited(child)) return;
  signalProcessGroup(child, "SIGTERM");
  const timer = setTimeout(() => signalProcessGroup(child, "SIGKILL"), graceMs);
  await exited(child);
  clearTimeout(timer);
}

/** Sends a signal to the process group of a process started with `detached: true`. */
export function signalProcessGroup(child: ChildProcess, signal: NodeJS.Signals): void {
  if (!child.pid) return;
  try {
    process.kill(-child.pid, signal);
  } catch {
    // The group is already gone.
  }
}

/**
 * Waits until `url` answers with a status `ready` accepts (2xx by default).
 * Gives up after `timeoutMs`, or as soon as `process` (the server being
 * waited for) exits.
 */
export async function waitForUrl(
  url: string,
  {
    timeoutMs = 60_000,
    ready = (status: number) => status >= 200 && status < 300,
    process: server,
  }: { timeoutMs?: number; ready?: (status: number) => boolean; process?: ChildProcess } = {},
): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (server && hasExited(server)) throw new Error(`The server for ${url} exited before it answered.`);
    try {
      const response = await fetch(url, { signal: AbortSignal.timeout(5_000) });
      await response.body?.cancel();
      if (ready(response.status)) return;
    } catch {
      // Not listening yet.
    }
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
  throw new Error(`Nothing answered ${url} within ${Math.round(timeoutMs / 1000)} s.`);
}

/**
 * Schedules a process behind others (os.setPriority: 0 normal, 19 least). Where that is not allowed (a container
 * without the right), or the process is already gone, it keeps its priority: that costs time, nothing else.
 */
export function lowerPriority(child: ChildProcess, niceness: number): void {
  if (!child.pid || niceness === 0) return;
  try {
    os.setPriority(child.pid, niceness);
  } catch {
    // See above.
  }
}
