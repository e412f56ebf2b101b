/**
 * wrk's command line and what it prints. wrk (Debian's `wrk`, 4.1) is a
 * C load generator: on a 2-core machine it takes less of the CPU the
 * measured server needs than a load generator written in JavaScript.
 */

export type WrkLoad = {
  url: string;
  seconds: number;
  connections: number;
  threads: number;
  /** A response slower than this counts as a timeout (wrk leaves it out of the latencies). */
  timeoutSeconds: number;
};

export type WrkResult = {
  requests: number;
  requestsPerSecond: number;
  p50Ms: number;
  p99Ms: number;
  /** Responses that were neither 2xx nor 3xx. */
  non2xx: number;
  /** Connect, read and write errors and timeouts. */
  socketErrors: number;
};

/** wrk's arguments for one load; `--latency` makes it print the percentiles. */
export function wrkArguments(load: WrkLoad): string[] {
  // wrk refuses more threads than connections.
  const threads = Math.max(1, Math.min(load.threads, load.connections));
  return [
    "--threads",
    String(threads),
    "--connections",
    String(load.connections),
    "--duration",
    `${load.seconds}s`,
    "--timeout",
    `${load.timeoutSeconds}s`,
    "--latency",
    load.url,
  ];
}

const TIME_UNITS_MS: Record<string, number> = { us: 0.001, ms: 1, s: 1000, m: 60_000, h: 3_600_000 };

/** A time as wrk prints it ("812.00us", "3.73ms", "1.39s", "2.00m"), in milliseconds. */
export function parseWrkTime(text: string): number {
  const match = /^([\d.]+)(us|ms|s|m|h)$/.exec(text.trim());
  const scale = match?.[2] ? TIME_UNITS_MS[match[2]] : undefined;
  if (!match?.[1] || scale === undefined) throw new Error(`Not a wrk time: "${text}"`);
  return Number(match[1]) * scale;
}

function required(output: string, pattern: RegExp, what: string): RegExpExecArray {
  const match = pattern.exec(output);
  if (!match) throw new Error(`wrk's output has no ${what}:\n${output}`);
  return match;
}

/** The numbers of one wrk run, from its standard output (run with `--latency`). */
export function parseWrkOutput(output: string): WrkResult {
  const requests = Number(required(output, /^\s*(\d+) requests in /m, "request count")[1]);
  const requestsPerSecond = Number(required(output, /^Requests\/sec:\s+([\d.]+)/m, "Requests/sec line")[1]);
  const percentile = (label: string) =>
    parseWrkTime(
      required(
        output,
        new RegExp(`^\\s+${label}%\\s+(\\S+)`, "m"),
        `${label}th percentile (was --latency given?)`,
      )[1] ?? "",
    );
  const non2xx = Number(/^\s*Non-2xx or 3xx responses:\s+(\d+)/m.exec(output)?.[1] ?? 0);
  const socket = /Socket errors: connect (\d+), read (\d+), write (\d+), timeout (\d+)/.exec(output);
  const socketErrors = socket ? socket.slice(1, 5).reduce((sum, count) => sum + Number(count), 0) : 0;
  return { requests, requestsPerSecond, p50Ms: percentile("50"), p99Ms: percentile("99"), non2xx, socketErrors };
}
