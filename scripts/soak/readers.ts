import { fork } from "node:child_process";
import path from "node:path";
import { Agent, fetch } from "undici";
import { lowerPriority } from "../servers";
import { BUSY_PATTERN, type Sample } from "./report";

/** Longer than any page should take; a reader that waits this long counts it as an error and moves on. */
const READ_TIMEOUT_MS = 30_000;

/**
 * `connections` anonymous readers, each reading one page after another (the
 * whole body) from `paths` at random while `running()`, over keep-alive
 * connections, as a crowd of browsers would. 3xx counts as answered: the
 * reader is not following the site's redirects.
 */
export type ReaderLoad = { baseUrl: string; paths: readonly string[]; connections: number };
/** What the readers' process sends back: its samples in batches, then that it is done. */
export type ReaderMessage = { samples: Sample[] } | { done: true };
type ReaderRun = ReaderLoad & {
  /** True until the load should stop. */
  running: () => boolean;
  record: (sample: Sample) => void;
};

/**
 * The readers' connections: exactly one per reader, each let go after 2 s
 * idle. Node's own fetch opened spares (a reader's next request went out
 * before its last connection was handed back: 16 for 8 readers, up to 109
 * open at once in a soak) and closed them after 4 s idle, by a timer that
 * can fire a second or more late in a busy process. Varnish closes a client
 * connection after 5 s idle (timeout_idle), so a reader could send a request
 * down a spare as Varnish closed it: "fetch failed: other side closed".
 */
function readerConnections(connections: number): Agent {
  return new Agent({ connections, keepAliveTimeout: 2_000, keepAliveMaxTimeout: 2_000 });
}

export async function runReaders({ baseUrl, paths, connections, running, record }: ReaderRun): Promise<void> {
  const dispatcher = readerConnections(connections);
  const reader = async () => {
    while (running()) {
      const pathname = paths[Math.floor(Math.random() * paths.length)] as string;
      const started = performance.now();
      try {
        const response = await fetch(`${baseUrl}${pathname}`, {
          dispatcher,
          redirect: "manual",
          signal: AbortSignal.timeout(READ_TIMEOUT_MS),
        });
        const body = await response.text();
        const ms = performance.now() - started;
        const answered = response.status < 400;
        record({
          kind: "read",
          ms,
          outcome: answered ? "ok" : "error",
          status: response.status,
          busy: !answered && BUSY_PATTERN.test(body),
          ...(answered ? {} : { problem: `${pathname} answered ${response.status}` }),
        });
      } catch (error) {
        record({ kind: "read", ms: performance.now() - started, outcome: "error", problem: messageOf(error) });
      }
    }
  };
  try {
    await Promise.all(Array.from({ length: connections }, reader));
  } finally {
    await dispatcher.close();
  }
}

const READER_PROCESS = path.join(import.meta.dirname, "reader-process.ts");

/**
 * runReaders in a child process (./reader-process.ts), so the readers' work
 * on answers never delays the editors' in this one. Asks `running()` every
 * 50 ms; once it is false the child finishes its requests in flight and its
 * samples are recorded here. `niceness` lowers the child's priority
 * (os.setPriority), so it can take turns with a server of the same priority.
 */
export async function runReadersApart({
  running,
  record,
  niceness,
  ...load
}: ReaderRun & { niceness: number }): Promise<void> {
  if (load.connections === 0) return;
  const child = fork(READER_PROCESS, [], {
    execArgv: ["--import", "tsx"],
    stdio: ["ignore", "inherit", "inherit", "ipc"],
  });
  const finished = new Promise<void>((resolve, reject) => {
    child.on("message", (message: ReaderMessage) => {
      if ("samples" in message) for (const sample of message.samples) record(sample);
      else resolve();
    });
    child.once("close", (code, signal) =>
      reject(new Error(`The readers' process ended before it was done (${signal ?? `exit code ${code}`}).`)),
    );
  });
  lowerPriority(child, niceness);
  child.send(load);
  const watch = setInterval(() => {
    if (running()) return;
    clearInterval(watch);
    if (child.connected) child.send("stop");
  }, 50);
  try {
    await finished;
  } finally {
    clearInterval(watch);
    if (child.exitCode === null && child.signalCode === null) child.kill();
  }
}

const WARM_UP_CONNECTIONS = 4;

/**
 * Every address read once, a few at a time, before the clock starts, as a
 * site that has been up a while has its pages cached and its code compiled.
 * Its latencies are not the soak's; an error is recorded all the same.
 */
export async function warmUp({
  baseUrl,
  paths,
  record,
}: {
  baseUrl: string;
  paths: readonly string[];
  record: (sample: Sample) => void;
}): Promise<void> {
  const queue = [...paths];
  const dispatcher = readerConnections(WARM_UP_CONNECTIONS);
  const reader = async () => {
    for (let pathname = queue.shift(); pathname !== undefined; pathname = queue.shift()) {
      const started = performance.now();
      try {
        const response = await fetch(`${baseUrl}${pathname}`, {
          dispatcher,
          redirect: "manual",
          signal: AbortSignal.timeout(READ_TIMEOUT_MS),
        });
        await response.body?.cancel();
        if (response.status >= 400) {
          const ms = performance.now() - started;
          record({
            kind: "read",
            ms,
            outcome: "error",
            status: response.status,
            problem: `${pathname} answered ${response.status}`,
          });
        }
      } catch (error) {
        record({ kind: "read", ms: performance.now() - started, outcome: "error", problem: messageOf(error) });
      }
    }
  };
  try {
    await Promise.all(Array.from({ length: WARM_UP_CONNECTIONS }, reader));
  } finally {
    await dispatcher.close();
  }
}

/** An exception in a few words; fetch hides what happened (a refused connection, a reset) in its cause. */
export function messageOf(error: unknown): string {
  if (!(error instanceof Error)) return String(error);
  return error.cause instanceof Error ? `${error.message}: ${error.cause.message}` : error.message;
}
