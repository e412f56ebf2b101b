import { type ChildProcess, spawn } from "node:child_process";
import { closeSync, openSync, readdirSync, readFileSync } from "node:fs";
import { signalProcessGroup, stopProcessGroup } from "../servers";

/**
 * The processes `npm run bench` starts, and their memory. Each runs in a
 * process group of its own (nginx and varnishd have workers, a build has
 * helpers), so stopping it stops all of it, and a Ctrl+C in the terminal
 * reaches the bench alone, which then stops them.
 */

export type ProcessInfo = { pid: number; ppid: number; rssKb: number };

/** The parent's pid, from the text of /proc/<pid>/stat (the command name may hold spaces and parentheses). */
export function parentFromStat(stat: string): number {
  const fields = stat.slice(stat.lastIndexOf(")") + 2).split(" ");
  return Number(fields[1]);
}

/** The resident set from the text of /proc/<pid>/status, in KiB (0 for a kernel thread). */
export function rssFromStatus(status: string): number {
  return Number(/^VmRSS:\s+(\d+) kB/m.exec(status)?.[1] ?? 0);
}

/** The resident memory of a process and all its descendants, in KiB. */
export function treeRssKb(processes: readonly ProcessInfo[], root: number): number {
  const children = new Map<number, ProcessInfo[]>();
  for (const process of processes) children.set(process.ppid, [...(children.get(process.ppid) ?? []), process]);
  let total = 0;
  const pending = processes.filter((process) => process.pid === root);
  for (let process = pending.pop(); process; process = pending.pop()) {
    total += process.rssKb;
    pending.push(...(children.get(process.pid) ?? []));
  }
  return total;
}

function readProcesses(): ProcessInfo[] {
  const processes: ProcessInfo[] = [];
  for (const entry of readdirSync("/proc")) {
    if (!/^\d+$/.test(entry)) continue;
    try {
      processes.push({
        pid: Number(entry),
        ppid: parentFromStat(readFileSync(`/proc/${entry}/stat`, "utf8")),
        rssKb: rssFromStatus(readFileSync(`/proc/${entry}/status`, "utf8")),
      });
    } catch {
      // The process ended while the list was read.
    }
  }
  return processes;
}

/** Resident memory of a running server (with its workers), in MiB; NaN when it is not running. */
export function serverRssMb(server: ChildProcess | undefined): number {
  if (!server?.pid || server.exitCode !== null) return Number.NaN;
  return treeRssKb(readProcesses(), server.pid) / 1024;
}

type Tracked = { name: string; child: ChildProcess };

type Output = { logFile: string } | "inherit" | "capture";

/**
 * Every process the bench starts: servers that run until the end, and
 * commands it waits for (a build, the seed, wrk). Each runs in a process group
 * of its own, so stopping one stops its workers too.
 */
export class Children {
  private readonly tracked = new Set<Tracked>();

  private spawnTracked(
    name: string,
    command: string,
    args: readonly string[],
    options: { cwd?: string; env?: NodeJS.ProcessEnv; output: Output },
  ): ChildProcess {
    const log = typeof options.output === "object" ? openSync(options.output.logFile, "a") : undefined;
    const stream = log ?? (options.output === "capture" ? "pipe" : "inherit");
    const child = spawn(command, args, {
      cwd: options.cwd,
      env: options.env ?? process.env,
      stdio: ["ignore", stream, stream],
      detached: true,
    });
    if (log !== undefined) closeSync(log);
    const tracked = { name, child };
    this.tracked.add(tracked);
    child.once("exit", () => this.tracked.delete(tracked));
    return child;
  }

  /** Starts a server, its output appended to `logFile`; it runs until stopAll. */
  start(
    name: string,
    command: string,
    args: readonly string[],
    options: { cwd?: string; env?: NodeJS.ProcessEnv; logFile: string },
  ): ChildProcess {
    const child = this.spawnTracked(name, command, args, { ...options, output: { logFile: options.logFile } });
    child.on("error", (error) => console.error(`${name} could not start: ${error.message}`));
    return child;
  }

  /** Runs a command to its end; resolves its exit code and, with "capture", what it printed. */
  run(
    name: string,
    command: string,
    args: readonly string[],
    options: { cwd?: string; env?: NodeJS.ProcessEnv; output: Output },
  ): Promise<{ code: number; signal: NodeJS.Signals | null; stdout: string; stderr: string }> {
    return new Promise((resolve, reject) => {
      const child = this.spawnTracked(name, command, args, options);
      let stdout = "";
      let stderr = "";
      child.stdout?.setEncoding("utf8").on("data", (chunk: string) => {
        stdout += chunk;
      });
      child.stderr?.setEncoding("utf8").on("data", (chunk: string) => {
        stderr += chunk;
      });
      child.once("error", reject);
      child.once("close", (code, signal) => resolve({ code: code ?? 128, signal, stdout, stderr }));
    });
  }

  /** Ends every process still running (its whole group): SIGTERM, then SIGKILL after `graceMs`. */
  async stopAll(graceMs = 5_000): Promise<void> {
    await Promise.all([...this.tracked].map(({ child }) => stopProcessGroup(child, graceMs)));
  }

  /** Last resort when the bench exits without stopping them: ask every group to end. */
  signalAllNow(): void {
    for (const { child } of this.tracked) signalProcessGroup(child, "SIGTERM");
  }
}
